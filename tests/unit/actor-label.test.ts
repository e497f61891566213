// Stored actor labels ("System", "Ana Ortiz (owner)") are read in the reader's language on display.
import { describe, expect, it } from "vitest";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { actorName, SYSTEM_ACTOR } from "@/lib/work-orders/actor-label";
import { english } from "../support/english";

const spanish = translator("es", es);

describe("a timeline's actor", () => {
  it.each([
    [SYSTEM_ACTOR, "System", "Sistema"],
    ["Ana Ortiz (owner)", "Ana Ortiz (owner)", "Ana Ortiz (propietario)"],
    ["Dana Reyes", "Dana Reyes", "Dana Reyes"],
    [" (owner)", " (owner)", " (owner)"],
    ["Systematic Plumbing", "Systematic Plumbing", "Systematic Plumbing"],
  ])("%s", (stored, inEnglish, inSpanish) => {
    expect(actorName(stored, english)).toBe(inEnglish);
    expect(actorName(stored, spanish)).toBe(inSpanish);
  });

  it("matches what the automatic steps store", async () => {
    const { readFileSync } = await import("node:fs");
    const auto = readFileSync("lib/cron/completion.ts", "utf8");
    expect(auto).toContain(`actorLabel: "${SYSTEM_ACTOR}"`);
    const owner = readFileSync("lib/approvals/decide-by-link.ts", "utf8");
    expect(owner).toContain("actorLabel: `${owner.name} (owner)`");
  });
});
