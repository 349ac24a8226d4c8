import { describe, expect, it } from '@jest/globals';
import { emailHtml } from './email-html.js';

describe('notification e-mail HTML', () => {
  it('escapes every piece of text, so a listing title cannot inject markup', () => {
    const html = emailHtml('New match: <script>alert(1)</script>', 'Supplier "A&B" <img src=x onerror=alert(1)>\nsecond line');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<p>Supplier &quot;A&amp;B&quot; &lt;img src=x onerror=alert(1)&gt;</p><p>second line</p>');
  });
});
