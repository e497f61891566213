import type { Metadata, Viewport } from "next";
import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { getT } from "@/lib/i18n/server";
import { brandColour, brandStyle } from "@/lib/settings/branding";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { default: "Fixwell", template: "%s · Fixwell" }, description: t("app.tagline") };
}

export async function generateViewport(): Promise<Viewport> {
  return { width: "device-width", initialScale: 1, themeColor: await brandColour() };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale }, brand] = await Promise.all([getT(), brandColour()]);
  return (
    <html lang={locale} style={brandStyle(brand) as React.CSSProperties}>
      <body className="min-h-dvh font-sans">
        {/* Only the strings every page's forms share; each route adds its own (lib/i18n/client-strings.ts). */}
        <ClientStrings groups={CLIENT_STRINGS.base}>{children}</ClientStrings>
      </body>
    </html>
  );
}
