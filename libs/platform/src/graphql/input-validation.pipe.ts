import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

/**
 * class-validator on every input class. Arguments typed by an enum carry the enum object as their
 * metatype under some compilers (SWC) and `String` under others (tsc); GraphQL has already checked them,
 * so only classes are validated here, the same way everywhere.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidUnknownValues: true });
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return typeof metadata.metatype === 'function' && super.toValidate(metadata);
  }
}
