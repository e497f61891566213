// What owners are emailed (lib/notifications/owner-templates.ts): each template fills every slot,
// and the approval link stays a {{link}} placeholder, merged only at delivery.
import { describe, expect, it } from "vitest";
import { OWNER_TEMPLATE_NAMES, renderOwnerMessage } from "@/lib/notifications/owner-templates";

const vars = {
  owner: "Olivia Grant",
  name: "Dana Reyes",
  amount: "$650.00",
  place: "Maple Court 2B",
  description: "Replace the water heater",
  number: 42,
  org: "Harbor Property Management",
};

describe("owner emails", () => {
  it("asks for an approval with the estimate, the one-time link and the organisation", () => {
    expect(renderOwnerMessage("owner-approval", vars)).toEqual({
      subject: "Approval needed: $650.00 for Maple Court 2B (#42)",
      body:
        "Hello Olivia Grant,\n\nDana Reyes asks you to approve an estimate of $650.00 for Maple Court 2B: Replace the water heater\n\n" +
        "See the photos and the estimate, then approve or decline:\n{{link}}\n\nThe link works once and expires in 7 days.\n\n" +
        "Harbor Property Management",
    });
  });

  it("reminds the owner, then asks the second contact, naming the owner", () => {
    expect(renderOwnerMessage("owner-approval-reminder", vars).subject).toBe(
      "Reminder: approval needed, $650.00 (#42)",
    );
    const second = renderOwnerMessage("owner-approval-second-contact", vars);
    expect(second.subject).toBe("Approval needed for Olivia Grant: $650.00 (#42)");
    expect(second.body).toMatch(
      /^Olivia Grant has not answered about this estimate; you are their second contact\.\n\n\$650\.00 for Maple Court 2B: Replace the water heater\n\nApprove or decline here:\n\{\{link\}\}\n\nHarbor Property Management$/,
    );
  });

  it.each(OWNER_TEMPLATE_NAMES)("%s fills every slot", (name) => {
    const { subject, body } = renderOwnerMessage(name, vars);
    expect(`${subject}\n${body}`.replaceAll("{{link}}", "")).not.toMatch(/undefined|[{}]/);
    expect(body).toContain("Harbor Property Management");
  });
});
