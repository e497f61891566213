import "server-only";
import type { Locale } from "./locales";
import { en } from "./messages/en";
import { es } from "./messages/es";
import type { Messages } from "./translate";

export const DICTIONARIES: Record<Locale, Messages> = { en, es };
