import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import type { Messages } from "@/lib/i18n/translate";

export const DICTIONARIES: Record<Locale, Messages> = { en, es };
