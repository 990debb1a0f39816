/*
 * Runs first in each of the page's entries (webpack puts it ahead of them): the page's
 * Content-Security-Policy forbids eval, and zod would otherwise probe for it (`new Function("")`,
 * to compile faster validators) on its first parse — a CSP violation in every session. Jitless
 * zod checks the same schemas without generating code.
 */
import { z } from "zod";

z.config({ jitless: true });
