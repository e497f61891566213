"use client";
import { button } from "@/components/ui/styles";

export function PrintButton() {
  return (
    <button type="button" className={button} onClick={() => window.print()}>
      Print
    </button>
  );
}
