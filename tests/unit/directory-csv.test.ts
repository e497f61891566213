import { describe, expect, it } from "vitest";
import { CsvError, csvRecords, parseCsv } from "@/lib/directory/csv";

describe("parseCsv", () => {
  it.each([
    [
      "plain",
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "CRLF",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "BOM",
      "\uFEFFunit,floor\n1A,1",
      [
        ["unit", "floor"],
        ["1A", "1"],
      ],
    ],
    [
      "comma in quotes",
      'a,b\n"Reyes, Dana",2',
      [
        ["a", "b"],
        ["Reyes, Dana", "2"],
      ],
    ],
    ["escaped quote", 'a\n"say ""hi"""', [["a"], ['say "hi"']]],
    [
      "newline in quotes",
      'a,b\n"line1\r\nline2",x',
      [
        ["a", "b"],
        ["line1\r\nline2", "x"],
      ],
    ],
    [
      "empty fields",
      "a,b,c\n,,\n1,,3",
      [
        ["a", "b", "c"],
        ["1", "", "3"],
      ],
    ],
    ["blank lines skipped", "a\n\n1\n\n", [["a"], ["1"]]],
    [
      "no trailing newline",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "empty quoted field",
      'a,b\n"",x',
      [
        ["a", "b"],
        ["", "x"],
      ],
    ],
  ])("%s", (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });

  it("refuses an unclosed quote", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvError);
  });

  it("records are keyed by normalised header with file line numbers", () => {
    const { header, records } = csvRecords("Unit, Tenant Email\r\n1A,a@x.example\r\n1B\r\n");
    expect(header).toEqual(["unit", "tenant_email"]);
    expect(records).toEqual([
      { line: 2, values: { unit: "1A", tenant_email: "a@x.example" } },
      { line: 3, values: { unit: "1B", tenant_email: "" } },
    ]);
  });
});
