import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MODERATOR_ENV, signInModerator } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';

const EDITIONS = `{ firstBatchEditions { id name issuer effectiveFrom supersededOn source entries { name forms applicationField edition { name } } } }`;
const PUBLISH = `mutation($input: FirstBatchEditionInput!) { publishFirstBatchEdition(input: $input) { id name effectiveFrom supersededOn entries { name forms } } }`;

interface Edition {
  id: string;
  name: string;
  effectiveFrom: string;
  supersededOn: string | null;
  source: string | null;
  entries: { name: string; forms: string[]; applicationField: string | null; edition: { name: string } }[];
}

const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;

for (const profile of engineProfilesUnderTest()) {
  describe(`the first-batch catalogue on the ${profile} engines`, () => {
    let app: TestApp;
    let moderator: string;
    const editions = async () => (await app.graphql<{ firstBatchEditions: Edition[] }>(EDITIONS)).body.data!.firstBatchEditions;

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      moderator = await signInModerator(app);
    });

    afterAll(async () => {
      await app.close();
    });

    it("holds the magnesium entries of MIIT's editions, each edition in force until the next, with its source", async () => {
      const loaded = await editions();
      expect(loaded.map(({ name, effectiveFrom, supersededOn, entries }) => [name.match(/\d{4}/)![0], effectiveFrom, supersededOn, entries.map((entry) => entry.name)])).toEqual([
        ['2021', '2022-01-01', null, ['镁合金轮毂', '高性能镁合金挤压材']],
        ['2019', '2020-01-01', '2022-01-01', ['镁合金轮毂', '非稀土高性能镁合金挤压材']],
        ['2018', '2018-12-26', '2020-01-01', ['大卷重高性能宽幅镁合金卷板']],
        ['2017', '2017-12-01', '2018-12-26', ['大卷重高性能宽幅镁合金卷板']],
      ]);
      expect(loaded.every((edition) => edition.source && edition.entries.every((entry) => entry.edition.name === edition.name))).toBe(true);
      expect(loaded[1]!.entries[1]).toMatchObject({ forms: ['EXTRUSION'], applicationField: '汽车、轨道交通、航空航天' });
    });

    it('dates the superseded edition when a moderator publishes the next, and refuses what does not fit', async () => {
      const current = (await editions()).find((edition) => edition.supersededOn === null)!;
      const draft = {
        name: '重点新材料首批次应用示范指导目录（演示版）', issuer: '工业和信息化部', effectiveFrom: '2027-01-01', supersedes: current.id,
        entries: [{ name: '高性能镁合金挤压材', materialClass: 'ALLOY', forms: ['EXTRUSION'] }, { name: '镁合金轮毂', forms: ['WHEEL'] }],
      };
      const tooEarly = await app.graphql(PUBLISH, { input: { ...draft, effectiveFrom: '2021-06-01' } }, moderator);
      expect({ code: codeOf(tooEarly), field: tooEarly.body.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
      const twice = await app.graphql(PUBLISH, { input: { ...draft, entries: [{ name: '镁合金轮毂' }, { name: ' 镁合金轮毂' }] } }, moderator);
      expect({ code: codeOf(twice), field: twice.body.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.entries' });

      // Two editions are never in force at once: the one in force must be named as superseded.
      const alongside = await app.graphql(PUBLISH, { input: { ...draft, supersedes: null } }, moderator);
      expect({ code: codeOf(alongside), field: alongside.body.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.supersedes' });
      expect(alongside.body.errors![0]!.message).toContain('"重点新材料首批次应用示范指导目录（2021年版）" is in force on 2027-01-01');

      const published = await app.graphql<{ publishFirstBatchEdition: Edition }>(PUBLISH, { input: draft }, moderator);
      expect(published.body.data!.publishFirstBatchEdition).toMatchObject({ effectiveFrom: '2027-01-01', supersededOn: null });
      expect((await editions()).find((edition) => edition.id === current.id)!.supersededOn).toBe('2027-01-01');
      const again = await app.graphql(PUBLISH, { input: { ...draft, name: 'another' } }, moderator);
      expect(codeOf(again)).toBe('CONFLICT');
    });
  });
}
