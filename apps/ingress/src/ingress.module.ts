import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DatabaseModule } from '@parley/database';
import { KafkaModule } from '@parley/kafka';
import { HealthModule, type Logger } from '@parley/observability';
import { INGRESS_CONFIG, type IngressConfig } from './config';
import { HttpErrorFilter } from './http/http-error.filter';
import { KannelMoController } from './kannel/kannel-mo.controller';
import { MoController } from './mo/mo.controller';
import { MoIntake } from './mo/mo-intake.service';
import { MoMessage } from './mo/mo-message.entity';
import { MoRoutedHandler } from './mo/mo-routed.handler';
import { CreateMoMessages1732300000000 } from './migrations/1732300000000-create-mo-messages';
import { MoMessageFillfactor1732300000001 } from './migrations/1732300000001-mo-message-fillfactor';
import { LOGGER } from './http/logger.token';

@Module({})
export class IngressModule {
  static register(config: IngressConfig, logger: Logger): DynamicModule {
    return {
      module: IngressModule,
      imports: [
        KafkaModule.forRoot({ ...config.kafka, logger }),
        DatabaseModule.forService({
          url: config.database.url,
          schema: 'ingress',
          entities: [MoMessage],
          migrations: [CreateMoMessages1732300000000, MoMessageFillfactor1732300000001],
        }),
        HealthModule.forRoot(),
      ],
      controllers: [MoController, KannelMoController, MoRoutedHandler],
      providers: [
        { provide: INGRESS_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        MoIntake,
      ],
    };
  }
}
