import type { Metadata, Viewport } from "next";
import { I18nProvider } from "@/components/i18n/provider";
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
  const [{ locale, messages }, brand] = await Promise.all([getT(), brandColour()]);
  return (
    <html lang={locale} style={brandStyle(brand) as React.CSSProperties}>
      <body className="min-h-dvh font-sans">
        <I18nProvider locale={locale} messages={messages}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
