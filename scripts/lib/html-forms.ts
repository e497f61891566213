// Reads the forms of a server-rendered page the way a browser without JavaScript submits them: every
// field with its value as rendered (React's hidden $ACTION_… fields included), the choices of each
// select and radio group. Enough for the scale test's simulated people; not a general HTML parser.

export type HtmlForm = {
  /** The form's own markup (its text can pick the right form on a page with several). */
  html: string;
  /** Every input that carries a value as rendered (hidden, text, checked boxes), by name. */
  fields: Record<string, string>;
  /** The values offered by a select or a radio group, with their labels for selects. */
  choices(name: string): { value: string; label: string }[];
};

const unescape = (s: string) =>
  s.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) =>
    e === "quot" ? '"' : e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : "'",
  );

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/\s([\w:$.-]+)(?:="([^"]*)")?/g)) out[name] = unescape(value ?? "");
  return out;
}

export function formsIn(page: string): HtmlForm[] {
  return [...page.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map(([html]) => {
    const fields: Record<string, string> = {};
    for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
      const a = attributes(tag);
      if (!a.name || a.type === "file" || a.type === "submit") continue;
      if ((a.type === "radio" || a.type === "checkbox") && !("checked" in a)) continue;
      fields[a.name] = a.value ?? (a.type === "checkbox" ? "on" : "");
    }
    return {
      html,
      fields,
      choices(name) {
        const select = new RegExp(
          `<select\\b[^>]*name="${name.replace(/[$]/g, "\\$")}"[^>]*>([\\s\\S]*?)</select>`,
        ).exec(html);
        if (select)
          return [...select[1].matchAll(/<option\b([^>]*)>([^<]*)</g)]
            .map(([, attrs, label]) => ({ value: attributes(attrs).value ?? "", label: unescape(label.trim()) }))
            .filter((o) => o.value);
        return [...html.matchAll(/<input\b[^>]*>/g)]
          .map(([tag]) => attributes(tag))
          .filter((a) => a.type === "radio" && a.name === name)
          .map((a) => ({ value: a.value ?? "", label: a.value ?? "" }));
      },
    };
  });
}

/** The one form on the page whose markup contains `text` (a button's words), or an error naming it. */
export function formWith(page: string, text: string | RegExp): HtmlForm {
  const found = formsIn(page).filter((f) => (typeof text === "string" ? f.html.includes(text) : text.test(f.html)));
  if (found.length !== 1) throw new Error(`Expected one form with ${text}, found ${found.length}`);
  return found[0];
}

/** The form's fields as a multipart body, as a browser posts it. */
export function multipart(fields: Record<string, string | Blob>): FormData {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return body;
}
