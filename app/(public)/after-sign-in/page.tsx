import { redirect } from "next/navigation";
import { currentActor, homeFor } from "@/lib/auth/session";

export default async function AfterSignIn() {
  const actor = await currentActor();
  redirect(actor ? homeFor(actor.role) : "/sign-in");
}
