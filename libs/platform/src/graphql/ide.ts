import type { INestApplication } from '@nestjs/common';
import { getDistDirectory, renderAltair } from 'altair-static';
import express from 'express';

const IDE_PATH = '/ide';

/** Serves the Altair GraphQL IDE from the installed package, so it works without internet access. */
export function mountGraphqlIde(app: INestApplication): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  const page = renderAltair({
    baseURL: `${IDE_PATH}/`,
    endpointURL: '/graphql',
    initialQuery: '{\n  health {\n    database { engine up }\n    queue { engine up }\n    search { engine up }\n  }\n}\n',
  });
  http.get(IDE_PATH, (_request, response) => {
    response.type('html').send(page);
  });
  http.use(IDE_PATH, express.static(getDistDirectory(), { index: false }));
}
