// The one stand-in the database tests use for the session (Auth.js needs a live request around it):
// whoever `session.actor` is, checked against the real permission table. In a test file:
//   vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
//   const { session } = await import("../support/session-stub");
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export const session = { actor: null as Actor | null };

export function sessionModule() {
  return {
    currentActor: async () => session.actor,
    requireActor: async (action: Parameters<typeof can>[1]) => {
      if (!session.actor) throw new AppError("UNAUTHENTICATED", "err.UNAUTHENTICATED");
      if (!can(session.actor, action)) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
      return session.actor;
    },
  };
}
