import { type DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from '@parley/database';
import { KafkaModule } from '@parley/kafka';
import { HealthModule, type Logger } from '@parley/observability';
import { LOGGER, type SubscriptionConfig } from './config';
import { ConsentLedger } from './consent/consent-ledger.service';
import { ConsentRequestHandler } from './consent/consent-request.handler';
import { ConsentController } from './consent/consent.controller';
import { ConsentLedgerEntry, Subscription } from './consent/consent.entities';
import { CreateConsent1732300000000 } from './migrations/1732300000000-create-consent';
import { LedgerSequence1732300000001 } from './migrations/1732300000001-ledger-sequence';

@Module({})
export class SubscriptionModule {
  static register(config: SubscriptionConfig, logger: Logger): DynamicModule {
    return {
      module: SubscriptionModule,
      imports: [
        KafkaModule.forRoot({ ...config.kafka, logger }),
        DatabaseModule.forService({
          url: config.database.url,
          schema: 'subscription',
          entities: [Subscription, ConsentLedgerEntry],
          migrations: [CreateConsent1732300000000, LedgerSequence1732300000001],
        }),
        HealthModule.forRoot(),
      ],
      controllers: [ConsentRequestHandler, ConsentController],
      providers: [{ provide: LOGGER, useValue: logger }, ConsentLedger],
    };
  }
}
