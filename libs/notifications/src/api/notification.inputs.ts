import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DigestFrequency, NotificationChannel } from '../notification-type.js';
import { NotificationLanguage } from './notification.models.js';

/** Only the fields given change; `email` or `webhookUrl` set to null clear it. */
@InputType()
export class NotificationPreferencesInput {
  @Field(() => [NotificationChannel], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(NotificationChannel, { each: true, message: 'channels must be among IN_APP, EMAIL, WEBHOOK' })
  channels?: NotificationChannel[] | null;

  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(DigestFrequency, { message: 'digest must be INSTANT, DAILY or WEEKLY' })
  digest?: DigestFrequency | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2048, { message: 'webhookUrl must be at most 2048 characters long' })
  webhookUrl?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  mutedTypes?: string[] | null;

  @Field(() => NotificationLanguage, { nullable: true })
  @IsOptional()
  @IsEnum(NotificationLanguage, { message: 'language must be ZH or EN' })
  language?: NotificationLanguage | null;
}
