const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML: every user-supplied string in an e-mail goes through here. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** The HTML part of a notification e-mail: the title and the body's lines, escaped. */
export function emailHtml(title: string, body: string): string {
  const paragraphs = body
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return `<!doctype html><html><body><h2>${escapeHtml(title)}</h2>${paragraphs}</body></html>`;
}
