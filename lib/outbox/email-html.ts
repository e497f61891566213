// The HTML part of every email: the organisation's name, logo and colour around the plain text
// (which is sent too, as the text part). Pure; the text is escaped and its links made clickable.
export type Branding = { name: string; logoUrl: string | null; brandColor: string };

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const safeColor = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : "#0f766e");
const safeUrl = (u: string | null) => (u && /^https:\/\/[^\s"'<>]+$/.test(u) ? u : null);

export function emailHtml(text: string, brand: Branding): string {
  const color = safeColor(brand.brandColor);
  const logo = safeUrl(brand.logoUrl);
  const paragraphs = esc(text)
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p style="margin:0 0 16px">${p.replace(/\n/g, "<br>").replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}" style="color:${color}">${u}</a>`)}</p>`,
    )
    .join("");
  return `<!doctype html><html><body style="margin:0;background:#f1f5f9;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#0f172a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;overflow:hidden">
<tr><td style="background:${color};padding:16px 24px;color:#ffffff;font-size:18px;font-weight:700">${logo ? `<img src="${logo}" alt="" height="32" style="vertical-align:middle;margin-right:8px">` : ""}${esc(brand.name)}</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5">${paragraphs}</td></tr>
</table></td></tr></table></body></html>`;
}
