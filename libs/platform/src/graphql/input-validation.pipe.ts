import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

/**
 * The parameters that carry a client's input: `@Args()` of GraphQL resolvers reach pipes with the numeric
 * type 3 (`GqlParamtype.ARGS`, which @nestjs/graphql does not export); HTTP handlers' use names. The parent
 * object, the context and the info of a resolver are ours and are left alone.
 */
const CLIENT_INPUT = new Set<unknown>([3, 'body', 'query', 'param']);

/**
 * class-validator on every input class. Arguments typed by an enum carry the enum object as their
 * metatype under some compilers (SWC) and `String` under others (tsc); GraphQL has already checked them,
 * so only classes are validated here, the same way everywhere.
 *
 * Every argument, validated or not, is first searched for NUL characters: PostgreSQL cannot store them
 * in text, so one would otherwise surface as a server error.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidUnknownValues: true });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const path = pathOfNul(value, metadata.data ?? 'input');
    if (path) throw new BadRequestException(`${path} must not contain NUL characters (U+0000)`);
    return super.transform(value, metadata);
  }

  /** Classes only; an uploaded file (`Promise<FileUpload>`) is read and checked by its resolver as it streams. */
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return typeof metadata.metatype === 'function' && metadata.metatype !== Promise && super.toValidate(metadata);
  }
}

/** Where in `value` a string holds U+0000, as `input.title` or `ids[2]`; null when nowhere. */
function pathOfNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNul(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNul(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}
