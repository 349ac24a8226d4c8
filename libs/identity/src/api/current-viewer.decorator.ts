import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Viewer } from '@magmatch/core';
import type { RequestWithViewer } from './auth.guard.js';

/** The signed-in caller; only on operations the guard let through as signed in. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req.viewer;
  if (!viewer) throw new Error('CurrentViewer used on an operation open to anonymous callers');
  return viewer;
});

/** The caller if signed in, else null; for operations open to anonymous callers. */
export const OptionalViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    GqlExecutionContext.create(context).getContext<{ req: RequestWithViewer }>().req.viewer ?? null,
);
