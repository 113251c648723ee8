import { type DynamicModule, Global, Module } from '@nestjs/common';
import { EventPublisher } from './event-publisher';
import { KafkaHealth } from './kafka.health';
import { createKafkaClient, KAFKA_CLIENT, KAFKA_OPTIONS, type KafkaConnectionOptions } from './kafka-options';

/** Wraps the Kafka client so services get a publisher and a health probe, never the raw client. */
@Global()
@Module({})
export class KafkaModule {
  static forRoot(options: KafkaConnectionOptions): DynamicModule {
    return {
      module: KafkaModule,
      providers: [
        { provide: KAFKA_OPTIONS, useValue: options },
        { provide: KAFKA_CLIENT, useFactory: () => createKafkaClient(options) },
        EventPublisher,
        KafkaHealth,
      ],
      exports: [KAFKA_CLIENT, EventPublisher, KafkaHealth],
    };
  }
}
