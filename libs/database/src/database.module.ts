import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, openServiceDatabase, type ServiceDatabaseOptions } from './migrate';

/** One service's PostgreSQL: its schema, entities and migrations, applied at boot; never synchronize. */
@Module({})
export class DatabaseModule {
  static forService(options: ServiceDatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(options), retryAttempts: 5, retryDelay: 2000 }),
          dataSourceFactory: async () => openServiceDatabase(options),
        }),
        TypeOrmModule.forFeature(options.entities as Function[]),
      ],
      exports: [TypeOrmModule],
    };
  }
}
