// Settings → Email previews (issue 18): every email template in each language, and the chosen one
// as recipients get it, with the organisation's branding and footer and made-up contents. The
// email's HTML sits in a sandboxed frame (no scripts, no same origin): it can never act on the dashboard.
import Link from "next/link";
import { pageActor } from "@/lib/auth/session";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { getT } from "@/lib/i18n/server";
import { EMAIL_PREVIEWS, emailPreview } from "@/lib/settings/email-previews";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("settings.previews") };
}

const AUDIENCE = {
  tenant: "previews.tenant",
  staff: "previews.staff",
  vendor: "previews.vendor",
  owner: "previews.owner",
} as const;
// Each template's name in the reader's language (every name has a key: email-preview-names.test.ts).
const nameKey = (template: string) => `previews.tpl.${template}` as MessageKey;

export default async function EmailPreviews({ searchParams }: { searchParams: Promise<{ t?: string }> }) {
  const actor = await pageActor("settings:edit", "/dashboard/settings/emails");
  const chosen = (await searchParams).t ?? EMAIL_PREVIEWS[0].templates[0].ids[0].id;
  const preview = await emailPreview(actor, chosen);
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/settings" className="text-brand underline">
          {t("nav.settings")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("settings.previews")}</h1>
      <p className="text-sm text-slate-600">
        {t("previews.lead")}{" "}
        <Link href="/dashboard/settings#email-footer" className="text-brand underline">
          {t("previews.contact")}
        </Link>
        {t("previews.leadEnd")}
      </p>
      <div className="flex flex-col gap-6 lg:flex-row">
        <nav aria-label={t("previews.templates")} className="space-y-4 lg:w-72 lg:shrink-0">
          {EMAIL_PREVIEWS.map((a) => (
            <section key={a.audience} aria-labelledby={`aud-${a.audience}`}>
              <h2 id={`aud-${a.audience}`} className="mb-1 font-semibold">
                {t(AUDIENCE[a.audience])}
              </h2>
              {a.audience === "owner" && <p className="mb-1 text-sm text-slate-600">{t("previews.ownersEnglish")}</p>}
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white text-sm">
                {a.templates.map((tpl) => (
                  <li key={tpl.template} className="flex items-center justify-between gap-2 px-3 py-1">
                    <span>{t(nameKey(tpl.template))}</span>
                    <span className="flex gap-1">
                      {tpl.ids.map(({ id, locale }) => (
                        <Link
                          key={id}
                          href={`?t=${encodeURIComponent(id)}#preview`}
                          aria-label={`${t(nameKey(tpl.template))} (${t(AUDIENCE[a.audience]).toLowerCase()}), ${LOCALE_NAMES[locale]}`}
                          aria-current={id === chosen ? "page" : undefined}
                          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-brand underline aria-[current=page]:bg-brand aria-[current=page]:text-white aria-[current=page]:no-underline"
                        >
                          {locale.toUpperCase()}
                        </Link>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <section id="preview" aria-labelledby="preview-h" className="min-w-0 flex-1 space-y-3">
          {preview ? (
            <>
              <h2 id="preview-h" className="text-lg font-semibold">
                {t(nameKey(preview.template))} ({t(AUDIENCE[preview.audience]).toLowerCase()},{" "}
                {LOCALE_NAMES[preview.locale]})
              </h2>
              <p className="text-sm">
                <span className="font-semibold">{t("previews.subject")}</span> {preview.subject}
              </p>
              <iframe
                title={t("previews.frame")}
                srcDoc={preview.html}
                sandbox=""
                className="h-[40rem] w-full rounded-md border border-slate-200 bg-slate-100"
              />
              <details className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <summary className="cursor-pointer font-semibold">{t("previews.plain")}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words font-sans">{preview.text}</pre>
              </details>
            </>
          ) : (
            <h2 id="preview-h" className="text-lg font-semibold">
              {t("previews.noSuch")}
            </h2>
          )}
        </section>
      </div>
    </main>
  );
}
