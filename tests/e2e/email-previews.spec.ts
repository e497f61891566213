// Branded email (issue 18): an admin fills in the contact details every email ends with (wrong
// values refused beside their fields, everything typed kept), then opens Settings → Email previews
// and sees them in the footer of a template, in English and in Spanish, inside a sandboxed frame.
// A manager cannot open the previews. Put back afterwards.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { shot, signIn } from "./helpers";

const VALUES = {
  "Office phone": "+1 555 010 2000",
  "Office email": "office@maple.example",
  "Office address": "12 Maple Court\nSpringfield, IL 62701",
  "Footer line": "Out of hours? Call the emergency hotline on the request page.",
};

async function fill(section: Locator, values: Record<string, string>) {
  for (const [label, v] of Object.entries(values)) await section.getByLabel(label).fill(v);
  await section.getByRole("button", { name: "Save contact details" }).click();
}

const footerSection = (page: Page) => page.getByRole("region", { name: "Contact details and email footer" });

test("an admin sets the contact details and sees them in every email's footer", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@fixwell.example");
  await page.goto("/dashboard/settings#email-footer");
  const section = footerSection(page);
  try {
    // Wrong phone and email: each error beside its field, everything as typed.
    await fill(section, { ...VALUES, "Office phone": "call us", "Office email": "office at maple" });
    const phone = section.getByLabel("Office phone");
    const email = section.getByLabel("Office email");
    await expect(phone).toHaveAttribute("aria-invalid", "true");
    await expect(phone).toHaveAccessibleDescription(/Enter a phone number like \+1 555 123 4567\./);
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Enter an email address like name@example\.com\./);
    await expect(phone).toHaveValue("call us");
    await expect(email).toHaveValue("office at maple");
    await expect(section.getByLabel("Office address")).toHaveValue(VALUES["Office address"]);
    await shot(page, "email-footer-refused");

    await fill(section, VALUES);
    await expect(section.getByText("Contact details saved.")).toBeVisible();
    await page.reload();
    for (const [label, v] of Object.entries(VALUES)) await expect(footerSection(page).getByLabel(label)).toHaveValue(v);

    // The previews: the first template, with the organisation's footer, in a frame that runs no script.
    await footerSection(page).getByRole("link", { name: "Preview the emails" }).click();
    await expect(page.getByRole("heading", { name: "Email previews" })).toBeVisible();
    // The frame inherits the page's policy: it may load the logo from its https address, and no script.
    const csp = (await page.request.get("/dashboard/settings/emails")).headers()["content-security-policy"];
    expect(csp).toContain("img-src 'self' blob: data: https:;");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;| 'unsafe-eval')/);
    const settingsCsp = (await page.request.get("/dashboard/settings")).headers()["content-security-policy"];
    expect(settingsCsp).toContain("img-src 'self' blob: data:;");
    const frame = page.locator('iframe[title="Email preview"]');
    await expect(frame).toHaveAttribute("sandbox", "");
    const email1 = page.frameLocator('iframe[title="Email preview"]');
    // (The text also opens the hidden inbox preview line: the paragraph is the one shown.)
    await expect(email1.locator("p", { hasText: "tracking #1234" })).toBeVisible();
    await expect(email1.getByRole("link", { name: "+1 555 010 2000" })).toHaveAttribute("href", "tel:+15550102000");
    await expect(email1.getByRole("link", { name: "office@maple.example" })).toHaveAttribute(
      "href",
      "mailto:office@maple.example",
    );
    await expect(email1.getByText("Address: 12 Maple Court, Springfield, IL 62701")).toBeVisible();
    await expect(email1.getByText("Office hours: Monday to Friday, 8:00 AM to 5:00 PM")).toBeVisible();
    await expect(email1.getByText(VALUES["Footer line"])).toBeVisible();
    await expect(email1.getByRole("link", { name: /^https:\/\/example\.invalid\// })).toBeVisible();
    await shot(page, "email-preview-en");

    // A vendor's email in Spanish: the footer speaks Spanish too; its link is a placeholder.
    await page.getByRole("link", { name: "Vendor job link (vendors), Español" }).click();
    await expect(page.getByRole("heading", { name: "Vendor job link (vendors, Español)" })).toBeVisible();
    const email2 = page.frameLocator('iframe[title="Email preview"]');
    await expect(email2.getByText("Horario de oficina: Lunes a viernes, 8:00 a.m. a 5:00 p.m.")).toBeVisible();
    await expect(email2.getByText("Dirección: 12 Maple Court, Springfield, IL 62701")).toBeVisible();
    await expect(email2.getByRole("link", { name: "https://example.invalid/sample-link" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("{{link}}");
    await shot(page, "email-preview-es");

    // An owner's approval request: in English only, its link a placeholder too.
    await expect(page.getByRole("link", { name: "Owner approval (owners), Español" })).toHaveCount(0);
    await page.getByRole("link", { name: "Owner approval (owners), English" }).click();
    const email3 = page.frameLocator('iframe[title="Email preview"]');
    await expect(email3.locator("p", { hasText: "asks you to approve an estimate of $450.00" })).toBeVisible();
    await expect(email3.getByRole("link", { name: "https://example.invalid/sample-link" })).toBeVisible();
    await expect(email3.getByText("Office hours: Monday to Friday, 8:00 AM to 5:00 PM")).toBeVisible();
  } finally {
    await page.goto("/dashboard/settings#email-footer");
    await fill(footerSection(page), Object.fromEntries(Object.keys(VALUES).map((k) => [k, ""])));
    await expect(footerSection(page).getByText("Contact details saved.")).toBeVisible();
  }
});

test("a manager cannot open the email previews", async ({ page }) => {
  await signIn(page, "dana.reyes@fixwell.example");
  await page.goto("/dashboard/settings/emails");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Email previews" })).toHaveCount(0);
});
