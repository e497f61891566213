// The HTML part of every email, with React Email's components (tables and inline styles that mail
// clients understand): a header with the logo and name in the brand colour, the message's
// paragraphs (React escapes the text; web addresses become links) and the footer (footer.ts).
import { Body, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import type { Locale } from "@/lib/i18n/locales";
import { emailFooter, safeColor, safeLogo, textWithFooter, type EmailBrand, type Footer } from "./footer";

type Props = { text: string; brand: EmailBrand; footer: Footer; locale: Locale };

const URL_RE = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)])/;

/** One line of the message: its web addresses as links in the brand colour, the rest as text. */
function Linked({ line, color }: { line: string; color: string }) {
  return line.split(URL_RE).map((part, i) =>
    i % 2 === 1 ? (
      <Link key={i} href={part} style={{ color, textDecoration: "underline", wordBreak: "break-all" }}>
        {part}
      </Link>
    ) : (
      part
    ),
  );
}

export function BrandedEmail({ text, brand, footer, locale }: Props) {
  const color = safeColor(brand.brandColor);
  const logo = safeLogo(brand.logoUrl);
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim());
  const small = { margin: "0 0 4px", fontSize: "13px", lineHeight: "1.5", color: "#475569" };
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{paragraphs[0]?.slice(0, 140) ?? brand.name}</Preview>
      <Body
        style={{
          margin: 0,
          backgroundColor: "#f1f5f9",
          fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
          color: "#0f172a",
        }}
      >
        <Container
          style={{
            maxWidth: "560px",
            margin: "24px auto",
            backgroundColor: "#ffffff",
            borderRadius: "8px",
            overflow: "hidden",
          }}
        >
          <Section style={{ backgroundColor: color, padding: "16px 24px" }}>
            <Text style={{ margin: 0, color: "#ffffff", fontSize: "18px", fontWeight: 700, lineHeight: "32px" }}>
              {logo && (
                <Img
                  src={logo}
                  alt=""
                  height="32"
                  style={{ display: "inline-block", verticalAlign: "middle", marginRight: "8px" }}
                />
              )}
              {brand.name}
            </Text>
          </Section>
          <Section style={{ padding: "24px" }}>
            {paragraphs.map((p, i) => (
              <Text key={i} style={{ margin: "0 0 16px", fontSize: "16px", lineHeight: "1.5" }}>
                {p.split("\n").map((line, j) => (
                  <span key={j}>
                    {j > 0 && <br />}
                    <Linked line={line} color={color} />
                  </span>
                ))}
              </Text>
            ))}
          </Section>
          <Section style={{ padding: "0 24px 24px" }}>
            <Hr style={{ borderColor: "#e2e8f0", margin: "0 0 16px" }} />
            <Text style={{ ...small, fontWeight: 600, color: "#0f172a" }}>{brand.name}</Text>
            {footer.contact.map((c) => (
              <Text key={c.label} style={small}>
                {c.href ? (
                  <>
                    {`${c.label}: `}
                    <Link href={c.href} style={{ color }}>
                      {c.value}
                    </Link>
                  </>
                ) : (
                  `${c.label}: ${c.value}`
                )}
              </Text>
            ))}
            {footer.hours && <Text style={small}>{footer.hours}</Text>}
            {footer.line && <Text style={{ ...small, marginTop: "12px" }}>{footer.line}</Text>}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** Both parts of an email: the branded HTML and the plain text with the same footer. */
export async function renderEmail(
  text: string,
  brand: EmailBrand,
  locale: Locale,
): Promise<{ html: string; text: string }> {
  const footer = emailFooter(brand, locale);
  const html = await render(<BrandedEmail text={text} brand={brand} footer={footer} locale={locale} />);
  return { html, text: textWithFooter(text, footer) };
}
