// Provider ports. The real provider is used whenever its key is set; otherwise the local one keeps
// the message in the database, where the outbox page shows it (DESIGN.md §10, §11).
import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { twilioSms } from "@/lib/outbox/twilio";

export type Email = { to: string; subject: string; text: string; html?: string; idempotencyKey: string };

/**
 * Whose message it is and when it leaves. The local store keeps both (each organisation's admins
 * read only their own); real providers need neither and ignore it.
 */
export type Sending = { orgId: string; now: Date };

export interface EmailPort {
  send(email: Email, sending: Sending): Promise<string>; // the provider's message id
}

export const localEmail: EmailPort = {
  async send(email, { orgId, now }) {
    const row = await db().localMessage.create({
      data: {
        orgId,
        channel: "EMAIL",
        recipient: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        createdAt: now,
      },
    });
    return `local_${row.id}`;
  },
};

export function resendEmail(apiKey: string, from: string, baseUrl?: string): EmailPort {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    async send(email) {
      const { data, error } = await client.emails.send(
        { from, to: email.to, subject: email.subject, text: email.text, html: email.html },
        { idempotencyKey: email.idempotencyKey },
      );
      if (error || !data) throw new Error(`Resend refused the email: ${error?.message ?? "no id returned"}`);
      return data.id;
    },
  };
}

export function emailPort(): EmailPort {
  const e = env();
  return e.RESEND_API_KEY ? resendEmail(e.RESEND_API_KEY, e.EMAIL_FROM, e.RESEND_BASE_URL) : localEmail;
}

export type Sms = { to: string; text: string; idempotencyKey: string };

export interface SmsPort {
  send(sms: Sms, sending: Sending): Promise<string>;
}

export const localSms: SmsPort = {
  async send(sms, { orgId, now }) {
    const row = await db().localMessage.create({
      data: { orgId, channel: "SMS", recipient: sms.to, text: sms.text, createdAt: now },
    });
    return `local_${row.id}`;
  },
};

/** Twilio when it is configured (lib/env.ts refuses to start with only part of its settings); the local SMS store otherwise. */
export function smsPort(): SmsPort {
  const e = env();
  if (e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM)
    return twilioSms(e.TWILIO_ACCOUNT_SID, e.TWILIO_AUTH_TOKEN, e.TWILIO_FROM, e.TWILIO_API_BASE_URL);
  return localSms;
}
