import { LanguageSwitch } from "@/components/i18n/language-switch";

/** Pages anyone can open (QR form, tracking link, sign-in): just the language switch on top. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="mx-auto flex max-w-xl justify-end px-4 pt-3">
        <LanguageSwitch />
      </div>
      {children}
    </>
  );
}
