import type { Metadata, Viewport } from "next";
import { I18nProvider } from "@/components/i18n/provider";
import { getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { default: "Fixwell", template: "%s · Fixwell" }, description: t("app.tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, messages } = await getT();
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <I18nProvider locale={locale} messages={messages}>{children}</I18nProvider>
      </body>
    </html>
  );
}
