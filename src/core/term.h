/*
 * term.h - text as it may reach a terminal.
 *
 * What vrtool prints as text comes partly from outside: a plugin's finding
 * messages, names and notes from case files, a script's strings. Printed
 * raw, an escape sequence in it could recolour or clear the screen, a
 * carriage return overwrite the line before, a newline forge a line of its
 * own ("  error   ...") and a bidirectional override reorder what is read.
 * vr_term gives such text with every C0 and C1 control character, DEL and
 * the bidirectional controls written as escapes (\n, \r, \x1b, \u202e);
 * a tab stays a tab. JSON output does not use it: JSON escapes control
 * characters itself (vr_buf_json_str).
 */
#ifndef VR_TERM_H
#define VR_TERM_H

/* s made safe for a terminal; NULL gives "". The result is lent: it stays
 * valid until VR_TERM_SLOTS more calls (so several may stand in one
 * printf), and is s itself when nothing needed escaping. "?" when out of
 * memory. */
#define VR_TERM_SLOTS 16
const char *vr_term(const char *s);

#endif
