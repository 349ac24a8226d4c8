import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MODERATOR, MODERATOR_ENV, signUp } from '../../../test/support/market.js';
import { TestApp } from '../../../test/support/test-app.js';

type Cookie = { name: string; value: string; attributes: string[] };

function cookiesOf(setCookie: string[] | string | undefined): Cookie[] {
  return ([] as string[]).concat(setCookie ?? []).map((line) => {
    const [pair, ...attributes] = line.split(/;\s*/);
    const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
    return { name, value, attributes: attributes.map((attribute) => attribute.toLowerCase()) };
  });
}

/** The web console's session: what a browser keeps, and what a script on the page can never read. */
describe('browser sessions at /session', () => {
  let app: TestApp;
  const supplier = { email: 'supplier1@market.example', password: 'a-long-enough-password' };

  beforeAll(async () => {
    app = await TestApp.start('embedded', MODERATOR_ENV);
    await signUp(app, 'SUPPLIER', 1);
  });

  afterAll(() => app?.close());

  const signIn = (email = supplier.email, password = supplier.password) => app.http().post('/session').set('content-type', 'application/json').send({ email, password });
  const refresh = (cookie?: string) => {
    const call = app.http().post('/session/refresh').set('content-type', 'application/json').send({});
    return cookie ? call.set('cookie', `magmatch_session=${cookie}`) : call;
  };

  it('signs in: the access token in the body, the refresh token only in an HttpOnly, SameSite=Strict cookie for /session', async () => {
    const response = await signIn();
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['accessToken', 'expiresInSeconds']);
    expect(response.body.expiresInSeconds).toBe(900);
    expect(response.headers['cache-control']).toBe('no-store');
    const [session] = cookiesOf(response.headers['set-cookie']);
    expect(session!.name).toBe('magmatch_session');
    expect(session!.value).toMatch(/^rt_/);
    expect(session!.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/session']));
    // Plain HTTP outside production (a developer's localhost): a Secure cookie would not come back.
    expect(session!.attributes).not.toContain('secure');
    expect(JSON.stringify(response.body)).not.toContain(session!.value);
    const me = await app.graphql<{ me: { email: string } }>('{ me { email } }', {}, response.body.accessToken);
    expect(me.body.data?.me.email).toBe(supplier.email);
  });

  it('refreshes once per cookie: the next cookie works; a spent one is forgiven for 10 s (a lost answer), then signs the whole session out', async () => {
    const first = cookiesOf((await signIn()).headers['set-cookie'])[0]!.value;
    const refreshed = await refresh(first);
    expect(refreshed.status).toBe(200);
    const second = cookiesOf(refreshed.headers['set-cookie'])[0]!.value;
    expect(second).not.toBe(first);

    // The browser reloaded before the answer arrived, and sends the spent cookie again at once.
    const lostAnswer = await refresh(first);
    expect(lostAnswer.status).toBe(200);
    const third = cookiesOf(lostAnswer.headers['set-cookie'])[0]!.value;
    expect([first, second]).not.toContain(third);

    // Past the grace, a spent cookie is a stolen copy (or the thief's): everything of the session ends.
    await app.app.get(DataSource).query(`UPDATE refresh_tokens SET used_at = used_at - interval '11 seconds' WHERE used_at IS NOT NULL`);
    const replayed = await refresh(first);
    expect(replayed.status).toBe(401);
    expect(replayed.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('used before') });
    expect(cookiesOf(replayed.headers['set-cookie'])[0]).toMatchObject({ name: 'magmatch_session', value: '' });
    expect((await refresh(second)).status).toBe(401);
    expect((await refresh(third)).status).toBe(401);
  });

  it('answers 204 to a browser with no session, so a visitor is simply not signed in', async () => {
    const response = await refresh();
    expect(response.status).toBe(204);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('signs out: the cookie is cleared and its session cannot be refreshed again', async () => {
    const cookie = cookiesOf((await signIn()).headers['set-cookie'])[0]!.value;
    const out = await app.http().post('/session/sign-out').set('content-type', 'application/json').set('cookie', `magmatch_session=${cookie}`).send({});
    expect(out.status).toBe(204);
    expect(cookiesOf(out.headers['set-cookie']).find((c) => c.name === 'magmatch_session')?.value).toBe('');
    expect((await refresh(cookie)).status).toBe(401);
  });

  it("refuses what another site's form could send, and wrong credentials, with the API's error shape", async () => {
    const form = await app.http().post('/session').type('form').send({ email: supplier.email, password: supplier.password });
    expect(form.status).toBe(400);
    expect(form.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'content-type' } });
    expect(form.headers['set-cookie']).toBeUndefined();
    // JSON smuggled as text/plain, which a form may send without a preflight.
    const smuggled = await app.http().post('/session').set('content-type', 'text/plain').send(JSON.stringify({ email: supplier.email, password: supplier.password }));
    expect(smuggled.status).toBe(400);
    expect(smuggled.headers['set-cookie']).toBeUndefined();

    const wrong = await signIn(supplier.email, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ errors: [{ message: 'The e-mail address or the password is wrong', extensions: { code: 'UNAUTHENTICATED' } }] });

    const missing = await app.http().post('/session').set('content-type', 'application/json').send({ email: supplier.email });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(missing.body.errors[0].message).toContain('password');
  });

  it("gives a moderator's browser the queue dashboard's token, HttpOnly and for /admin/queues only; nobody else", async () => {
    const moderator = cookiesOf((await signIn(MODERATOR.email, MODERATOR.password)).headers['set-cookie']);
    expect(moderator.find((cookie) => cookie.name === 'magmatch_access_token')?.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/admin/queues']));
    await signUp(app, 'SUPPLIER', 2);
    const seller = cookiesOf((await signIn('supplier2@market.example', supplier.password)).headers['set-cookie']);
    expect(seller.map((cookie) => cookie.name)).toEqual(['magmatch_session']);
  });
});

describe('browser sessions in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start('embedded', { NODE_ENV: 'production' });
    await signUp(app, 'SUPPLIER', 1);
  });

  afterAll(() => app?.close());

  it('mark the session cookie Secure even over the plain HTTP of a proxy that terminates TLS', async () => {
    const response = await app.http().post('/session').set('content-type', 'application/json').send({ email: 'supplier1@market.example', password: 'a-long-enough-password' });
    expect(response.status).toBe(200);
    expect(cookiesOf(response.headers['set-cookie'])[0]!.attributes).toContain('secure');
  });
});
