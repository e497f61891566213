// The QR code of a property's (or one unit's) intake link, as PNG or SVG. Staff only, scoped: a
// property outside the caller's scope is a 404 like a missing one.
import QRCode from "qrcode";
import { can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { propertyForQr } from "@/lib/directory/reads";
import { intakeUrl } from "@/lib/directory/intake-link";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  if (!can(actor, "directory:view")) return new Response("Not allowed.", { status: 403 });
  const { id } = await params;
  const q = new URL(req.url).searchParams;
  const unitId = q.get("unit") ?? undefined;
  const property = await propertyForQr(actor, id, unitId);
  if (!property || (unitId && !property.units.length)) return new Response("Not found.", { status: 404 });
  const link = intakeUrl(property.slug, unitId);
  const name = `qr-${property.slug}${unitId ? `-${property.units[0].label}` : ""}`.replace(/[^A-Za-z0-9-]/g, "_");
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (q.get("format") === "svg") {
    const svg = await QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return new Response(svg, {
      headers: {
        ...headers,
        "Content-Type": "image/svg+xml",
        "Content-Disposition": `attachment; filename="${name}.svg"`,
      },
    });
  }
  const png = await QRCode.toBuffer(link, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 600 });
  const inline = q.get("inline") === "1"; // the printable sheet shows them in place
  return new Response(new Uint8Array(png), {
    headers: {
      ...headers,
      "Content-Type": "image/png",
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${name}.png"`,
    },
  });
}
