import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ROUTER_CONFIG, type KeywordRouterConfig } from '../config';
import type { Program } from './program';
import { ProgramRow } from './program.entity';

/**
 * Programs by short code, read from PostgreSQL and kept in memory for PROGRAM_CACHE_TTL_MS, so the
 * routing hot path does no query.
 */
@Injectable()
export class ProgramCatalog {
  private byShortCode = new Map<string, Program>();
  private loadedAt = 0;
  private loading?: Promise<void>;

  constructor(
    @InjectRepository(ProgramRow) private readonly programs: Repository<ProgramRow>,
    @Inject(ROUTER_CONFIG) private readonly config: KeywordRouterConfig,
  ) {}

  async forShortCode(shortCode: string): Promise<Program | undefined> {
    if (Date.now() - this.loadedAt > this.config.programCacheTtlMs) {
      this.loading ??= this.reload().finally(() => (this.loading = undefined));
      await this.loading;
    }
    return this.byShortCode.get(shortCode);
  }

  private async reload(): Promise<void> {
    const rows = await this.programs.find({ relations: { keywords: true } });
    this.byShortCode = new Map(
      rows.map((r) => [
        r.shortCode,
        {
          id: r.id,
          shortCode: r.shortCode,
          name: r.name,
          description: r.description,
          frequency: r.frequency,
          supportEmail: r.supportEmail,
          supportPhone: r.supportPhone,
          defaultReply: r.defaultReply,
          keywords: r.keywords.map((k) => ({ keyword: k.keyword, action: k.action, replyText: k.replyText, category: k.category })),
        },
      ]),
    );
    this.loadedAt = Date.now();
  }
}
