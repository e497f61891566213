// Notes the approval flow writes are stored in English and read back in the reader's language;
// what a person typed stays as typed.
import { describe, expect, it } from "vitest";
import {
  approvalCommentMsg,
  deemedComment,
  holdNoteMsg,
  ownerDeclinedNote,
  ownerSilentNote,
  waitingOwnerNote,
} from "@/lib/approvals/system-notes";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { english } from "@/tests/support/english";

const spanish = translator("es", es);

describe("notes the approval flow writes", () => {
  it("read back in English exactly as stored, and in Spanish", () => {
    const notes = [
      waitingOwnerNote("Olivia Park", "$1,250.00"),
      ownerSilentNote("Olivia Park", "$1,250.00", 3),
      ownerDeclinedNote("$1,250.00", "Too expensive: get a second quote"),
    ];
    expect(notes.map((n) => english(holdNoteMsg(n)))).toEqual(notes);
    expect(notes.map((n) => spanish(holdNoteMsg(n)))).toEqual([
      "Esperando que Olivia Park apruebe $1,250.00",
      "Olivia Park no ha respondido sobre $1,250.00 en 3 días: decida o llame",
      "El propietario rechazó $1,250.00: Too expensive: get a second quote",
    ]);
    expect(spanish(holdNoteMsg(ownerSilentNote("Olivia Park", "$80.00", 1)))).toContain("en 1 día:");
    const deemed = deemedComment(48);
    expect(english(approvalCommentMsg(deemed, true))).toBe(deemed);
    expect(spanish(approvalCommentMsg(deemed, true))).toBe(
      "Se da por aprobado: sin respuesta en 48 horas, como prevé el contrato de administración",
    );
  });

  it("leave what a person typed as typed", () => {
    for (const typed of ["Waiting for the plumber's quote", "Tenant away until Monday", "Waiting for Bob to approve"])
      expect(spanish(holdNoteMsg(typed))).toBe(typed);
    // An owner who typed the deemed sentence themselves is not a deemed approval.
    expect(spanish(approvalCommentMsg(deemedComment(48), false))).toBe(deemedComment(48));
    expect(spanish(approvalCommentMsg("Go ahead", true))).toBe("Go ahead");
  });
});
