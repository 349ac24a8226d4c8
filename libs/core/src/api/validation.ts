import { IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };

/** An optional text field of at most `max` characters; the message names the field. */
export const OptionalText = (field: string, max: number): PropertyDecorator =>
  apply(IsOptional(), IsString(), MaxLength(max, { message: `${field} must be at most ${max} characters long` }));

/** A number from `min` to `max` (with its unit in the message); the message names the field. */
export const NumberBetween = (field: string, min: number, max: number, unit = ''): PropertyDecorator => {
  const message = `${field} must be from ${min} to ${max}${unit}`;
  return apply(IsNumber({}, { message: `${field} must be a number` }), Min(min, { message }), Max(max, { message }));
};

export const OptionalNumberBetween = (field: string, min: number, max: number, unit = ''): PropertyDecorator =>
  apply(IsOptional(), NumberBetween(field, min, max, unit));
