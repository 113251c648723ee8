import { type DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from '@parley/database';
import { KafkaModule } from '@parley/kafka';
import { HealthModule, type Logger } from '@parley/observability';
import { LOGGER, type MtDispatcherConfig } from './config';
import { MtMessage } from './dispatch/mt-message.entity';
import { MtRequestHandler } from './dispatch/mt-request.handler';
import { MtController } from './dispatch/mt.controller';
import { CreateMtMessages1732300000000 } from './migrations/1732300000000-create-mt-messages';
import { MtMessageFillfactor1732300000001 } from './migrations/1732300000001-mt-message-fillfactor';
import { MtStatusHandler } from './status/mt-status.handler';
import { ConsentChangedHandler } from './suppression/consent-changed.handler';
import { ConsentState } from './suppression/consent-state.entity';
import { ConsentStates } from './suppression/consent-state.service';

@Module({})
export class MtDispatcherModule {
  static register(config: MtDispatcherConfig, logger: Logger): DynamicModule {
    return {
      module: MtDispatcherModule,
      imports: [
        KafkaModule.forRoot({ ...config.kafka, logger }),
        DatabaseModule.forService({
          url: config.database.url,
          schema: 'mt_dispatcher',
          entities: [MtMessage, ConsentState],
          migrations: [CreateMtMessages1732300000000, MtMessageFillfactor1732300000001],
        }),
        HealthModule.forRoot(),
      ],
      controllers: [ConsentChangedHandler, MtRequestHandler, MtStatusHandler, MtController],
      providers: [{ provide: LOGGER, useValue: logger }, ConsentStates],
    };
  }
}
