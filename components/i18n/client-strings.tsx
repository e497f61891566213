// A server component: hands the client components below it the strings of these groups only (a
// group is a key's first segment, "form" for "form.title"); everything else is translated on the
// server and never travels in the page (issue 19: every page carried all 1,500 strings).
import { I18nProvider } from "@/components/i18n/provider";
import { getT } from "@/lib/i18n/server";
import { pickStrings } from "@/lib/i18n/client-strings";

export async function ClientStrings({ groups, children }: { groups: readonly string[]; children: React.ReactNode }) {
  const { locale, messages } = await getT();
  return (
    <I18nProvider locale={locale} messages={pickStrings(messages, groups)}>
      {children}
    </I18nProvider>
  );
}
