import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { creditCodeCheckCharacter } from '@magmatch/identity';
import { DemoMarketSeeder } from '../../../seeds/demo-market.seeder.js';
import { DEMO_MODERATOR_EMAIL, DEMO_PASSWORD } from '../../../seeds/demo-market.js';
import { chromiumPath, launchChromium } from '../../../test/support/browser.js';
import { settled } from '../../../test/support/settled.js';
import { onlyRealEngines } from '../../../test/support/test-database.js';
import { TestApp } from '../../../test/support/test-app.js';

/** Where each flow leaves its screenshots (CI keeps them with the run; the README shows two of them). */
const SCREENSHOTS = 'test-results/console';

const demoAccount = (key: string) => `${key}@demo.magmatch.example`;

/** A flow drives two or three browsers on two cores: more than Jest's default minute when the machine is busy. */
const FLOW_TIMEOUT_MS = 180_000;

/**
 * Each role's main flow through the web console in Chromium, on the embedded engines with the demo market
 * loaded, as `npm start` serves it: what a person sees and clicks, in Chinese (the default) and English.
 */
(chromiumPath() && !onlyRealEngines() ? describe : describe.skip)('the web console in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await TestApp.start('embedded');
    await app.app.get(DemoMarketSeeder).seed(() => undefined);
    // The market as `npm start` shows it once the seeding's matching and monitoring work is done.
    await settled(app, 120_000);
    origin = (await app.listen()).replace(/^ws/, 'http').replace(/\/graphql$/, '');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Script errors and failed requests of every page: none may happen (an expected 401 is no failure: it is answered). */
  const problems: string[] = [];

  const contexts: BrowserContext[] = [];

  afterEach(async () => {
    // Each flow's browsers end with it, so that none of its live subscriptions reports into the next.
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(problems.splice(0)).toEqual([]);
  });

  /** A browser of its own (cookies, storage), its problems recorded. */
  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: origin, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 401/.test(message.text())) problems.push(`console error: ${message.text()}`);
    });
    // A request the page itself cancels (a reload, leaving a page) is no failure.
    page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`${request.url()}: ${request.failure()?.errorText}`));
    return page;
  }

  async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto('/sign-in');
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
  }

  /** A picture for people, not an assertion: dialogs' CSS transitions stopped, and a second for ECharts' own animation. */
  async function shoot(page: Page, name: string): Promise<void> {
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, animations: 'disabled' });
  }

  it('a supplier registers (credit code checked as typed), lists AZ91D ingot with the card editor and submits it; the decision arrives live', async () => {
    const page = await freshPage();
    await page.goto('/register');
    await page.getByLabel('企业名称').fill('池州测试镁业 Chizhou Test Magnesium');
    const creditCode = page.getByLabel('统一社会信用代码');
    const body = '91341700MA2T0WEB0';
    const wrongCheck = creditCodeCheckCharacter(body) === 'X' ? 'Y' : 'X';
    await creditCode.fill(body);
    await page.getByText('信用代码应为 18 位，现为 17 位', { exact: true }).waitFor();
    await creditCode.fill(`${body}${wrongCheck}`);
    const wrong = page.getByText(`校验码应为 "${creditCodeCheckCharacter(body)}"，实为 "${wrongCheck}"`, { exact: true });
    await wrong.waitFor();
    await creditCode.fill(`${body}${creditCodeCheckCharacter(body)}`);
    await wrong.waitFor({ state: 'detached' });
    await page.getByLabel('电子邮箱').fill('sales@chizhou-test.example');
    await page.getByLabel('密码').fill('a-long-enough-password');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL(`${origin}/supplier/listings`);
    await page.getByText('池州测试镁业 Chizhou Test Magnesium').waitFor();

    // The session outlives a reload through its cookie, which no script on the page can read.
    await page.reload();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect((await page.context().cookies()).find((cookie) => cookie.name === 'magmatch_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate<string>('document.cookie')).not.toContain('magmatch_session');

    await page.getByRole('button', { name: '新建挂牌' }).click();
    await page.getByLabel('标题', { exact: true }).fill('AZ91D 镁合金锭 / AZ91D alloy ingot');
    await page.getByLabel('牌号').fill('MDC1D');
    const resolution = page.getByTestId('designation-resolution');
    await resolution.getByText('AZ91D', { exact: true }).waitFor();
    await expect(resolution.textContent()).resolves.toContain('GB/T 19078');
    await page.getByLabel('牌号').fill('AZ91D');
    await page.getByLabel('月产能 (吨)').fill('500');
    await page.getByLabel('最低价: 金额').fill('18600');
    await page.getByLabel('最低价: 交货地').fill('池州');
    await page.getByLabel('抗拉强度 (MPa): 典型').fill('230');
    await shoot(page, 'supplier-card-editor');
    await page.getByRole('button', { name: '保存' }).click();

    const row = page.getByRole('row', { name: /AZ91D 镁合金锭/ });
    await row.getByText('草稿').waitFor();
    await expect(row.textContent()).resolves.toContain('CNY 18,600/t, 含税, EXW 池州');
    await row.getByRole('button', { name: '提交审核' }).click();
    await row.getByText('待审核').waitFor();
    await shoot(page, 'supplier-listings');

    // The association approves it in another browser; the decision reaches this page without a reload.
    const moderator = await freshPage();
    await signIn(moderator, DEMO_MODERATOR_EMAIL);
    const queued = moderator.getByRole('row', { name: /AZ91D 镁合金锭/ });
    await queued.getByRole('button', { name: '通过' }).click();
    await queued.waitFor({ state: 'detached' });
    const bell = page.getByRole('link', { name: /^[1-9]\d* 条未读消息$/ });
    await bell.waitFor({ timeout: 20_000 });
    await bell.click();
    await page.getByText('AZ91D 镁合金锭', { exact: false }).first().waitFor();
  }, FLOW_TIMEOUT_MS);

  it('a buyer starts a requirement from a scenario template, sees what it excludes, and compares matches side by side', async () => {
    const page = await freshPage();
    await signIn(page, demoAccount('xingtu-auto'));
    expect(page.url()).toBe(`${origin}/buyer/requirements`);
    await page.getByRole('button', { name: '发布需求' }).click();
    await page.getByLabel('应用场景').click();
    await page.keyboard.type('仪表盘');
    await page.keyboard.press('Enter');
    await page.getByTestId('template-excludes').getByText('AM50A').waitFor();
    await page.getByLabel('标题', { exact: true }).fill('二期仪表盘支架 / IP beams, phase 2');
    await page.getByLabel('月需求量').fill('120');
    await page.getByRole('button', { name: '创建并提交审核' }).click();
    await page.getByText('待审核').waitFor();
    await page.getByText('二期仪表盘支架 / IP beams, phase 2').waitFor();

    await page.getByText('我的需求').click();
    await page.getByRole('link', { name: '仪表盘支架 / instrument-panel beams' }).click();
    const matches = page.locator('.ant-card').filter({ hasText: '匹配的挂牌' });
    await matches.getByRole('row').nth(2).waitFor();
    await matches.getByRole('button', { name: /展开行|Expand row/ }).first().click();
    await matches.getByRole('columnheader', { name: '条件' }).waitFor();
    await page.getByRole('checkbox', { name: /^选择 .* 进行对比$/ }).nth(0).check();
    await page.getByRole('checkbox', { name: /^选择 .* 进行对比$/ }).nth(1).check();
    await page.getByRole('button', { name: '对比所选 (2)' }).click();
    const comparison = page.getByRole('dialog', { name: '挂牌对比' });
    await comparison.getByRole('columnheader', { name: '项目' }).waitFor();
    await comparison.getByRole('row').nth(4).waitFor();
    expect(await comparison.getByRole('columnheader').count()).toBe(3);
    await shoot(page, 'buyer-comparison');
    await comparison.getByRole('button', { name: /Close|关闭/ }).click();
    await shoot(page, 'buyer-matches');
  }, FLOW_TIMEOUT_MS);

  it('a supplier quotes on a match, the buyer counters, the supplier revises, the buyer awards and records the purchase, which the programs assess rule by rule', async () => {
    const { body } = await app.graphql<{ listings: { edges: { node: { id: string; title: string } }[] } }>(
      '{ listings(first: 100, filter: { scenario: "AUTO_IP_BEAM" }) { edges { node { id title } } } }',
    );
    const listing = body.data!.listings.edges.map((edge) => edge.node).find((node) => node.title === 'AM60B 仪表盘支架')!;

    const supplier = await freshPage();
    await signIn(supplier, demoAccount('jiuhua-dc'));
    await supplier.goto(`/supplier/listings/${listing.id}/matches`);
    const match = supplier.getByRole('row', { name: /仪表盘支架 \/ instrument-panel beams/ });
    await match.getByRole('button', { name: '报价' }).click();
    const quoteDialog = supplier.getByRole('dialog', { name: '报价' });
    await quoteDialog.getByLabel('价格: 金额').fill('36000');
    await quoteDialog.getByLabel('月供货量 (吨)').fill('100');
    await quoteDialog.getByLabel('有效期至').fill('2099-06-30');
    await quoteDialog.getByRole('button', { name: '发送' }).click();
    await supplier.getByText(/^validUntil must be from today to \d{4}-\d{2}-\d{2} \(\d+ days ahead\), got 2099-06-30$/).waitFor();
    await quoteDialog.getByLabel('有效期至').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await quoteDialog.getByRole('button', { name: '发送' }).click();
    await supplier.getByText('报价已发送').waitFor();

    const buyer = await freshPage();
    await signIn(buyer, demoAccount('xingtu-auto'));
    await buyer.getByRole('link', { name: '仪表盘支架 / instrument-panel beams' }).click();
    const quotes = buyer.locator('.ant-card').filter({ hasText: '收到的报价' });
    const quote = quotes.getByRole('row', { name: /池州九华轻合金压铸/ });
    await expect(quote.textContent()).resolves.toContain('CNY 36,000/t, 含税, EXW');
    await quote.getByRole('button', { name: '还价' }).click();
    const counterDialog = buyer.getByRole('dialog', { name: '还价' });
    await counterDialog.getByLabel('价格: 金额').fill('34000');
    await counterDialog.getByRole('button', { name: '发送' }).click();
    await quote.getByText('已还价').waitFor();

    await supplier.getByRole('menuitem', { name: '我的报价' }).click();
    await supplier.getByRole('columnheader', { name: '有效期至' }).waitFor();
    const mine = supplier.getByRole('row', { name: /仪表盘支架 \/ instrument-panel beams/ });
    await mine.getByText('已还价').waitFor();
    await mine.getByRole('button', { name: '修改报价' }).click();
    const reviseDialog = supplier.getByRole('dialog', { name: '修改报价' });
    await reviseDialog.getByLabel('价格: 金额').fill('35000');
    await reviseDialog.getByRole('button', { name: '发送' }).click();
    await mine.getByText('已修改').waitFor();

    await buyer.reload();
    await quote.getByText('已修改').waitFor();
    await expect(quote.textContent()).resolves.toContain('CNY 35,000/t');
    await quote.getByRole('button', { name: '授标' }).click();
    await buyer.getByRole('button', { name: '确定' }).click();
    await buyer.getByText('已授标，成交已生成').waitFor();

    await buyer.getByRole('menuitem', { name: '成交' }).click();
    // The router renders the next page in a transition: the deals table's own column says it is there.
    await buyer.getByRole('columnheader', { name: '签订日期' }).waitFor();
    const deal = buyer.getByRole('row', { name: /AM60B 仪表盘支架/ });
    await expect(deal.textContent()).resolves.toContain('CNY 35,000/t');
    await deal.getByRole('button', { name: '登记采购' }).click();
    await buyer.waitForURL(`${origin}/buyer/purchases`);
    const eligibility = buyer.locator('.ant-collapse-item').first();
    await eligibility.click();
    await eligibility.getByRole('columnheader', { name: '规则' }).waitFor();
    expect(await eligibility.getByRole('row').count()).toBeGreaterThan(1);
    await shoot(buyer, 'buyer-purchases');
  }, FLOW_TIMEOUT_MS);

  it('the association signs in by keyboard, sees the API’s own error first, watches the market in charts and finds the chain’s gap, in English too', async () => {
    const page = await freshPage();
    await page.goto('/sign-in');
    await page.getByLabel('电子邮箱').fill(DEMO_MODERATOR_EMAIL);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('The e-mail address or the password is wrong').waitFor();
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: '挂牌' }).waitFor();
    expect(page.url()).toBe(`${origin}/association/review`);

    await page.getByRole('menuitem', { name: '产业监测' }).click();
    await page.getByRole('img', { name: '产能与需求（按系列）' }).locator('canvas').waitFor();
    await page.getByRole('img', { name: '对接漏斗' }).locator('canvas').waitFor();
    await page.getByRole('img', { name: '废料与还原渣利用' }).locator('canvas').waitFor();
    await shoot(page, 'association-dashboard');

    await page.getByRole('menuitem', { name: '扶持项目' }).click();
    const program = page.getByRole('row', { name: /安徽省镁基新材料首购首用支持/ });
    await program.getByRole('button', { name: '报告' }).click();
    const report = page.getByRole('dialog', { name: /安徽省镁基新材料首购首用支持/ });
    await report.getByText('CNY 10,000,000').waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^program-report-[0-9a-f-]{36}\.csv$/);
    await report.getByRole('button', { name: /Close|关闭/ }).click();

    await page.getByRole('menuitem', { name: '匹配推荐' }).click();
    await page.getByRole('row', { name: /方向盘骨架 \/ steering-wheel armatures/ }).getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByRole('button', { name: '协会推荐' }).first().click();
    await page.getByText('已推荐，双方已收到通知').waitFor();

    await page.getByRole('menuitem', { name: '产业链图谱' }).click();
    const gapOf = (word: string) => page.getByRole('row').filter({ has: page.getByRole('cell').getByText(word, { exact: true }) });
    await gapOf('缺口').waitFor();
    await expect(gapOf('缺口').count()).resolves.toBe(1);
    // Hefei's alloying link: no enterprise, no capacity, and the demand of its die-casters and buyers.
    await expect(gapOf('缺口').textContent()).resolves.toMatch(/^Hefei–Chaohu合金熔配00[1-9][\d,]*缺口$/);

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Chain map' }).waitFor();
    await expect(gapOf('Gap').textContent()).resolves.toContain('Alloying');
    await page.reload();
    await page.getByRole('menuitem', { name: 'Market monitoring' }).waitFor();
    await shoot(page, 'association-chain-map-en');
  }, FLOW_TIMEOUT_MS);
});
