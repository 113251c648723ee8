import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MtMessage } from './mt-message.entity';

@Controller('v1/mt')
export class MtController {
  constructor(@InjectRepository(MtMessage) private readonly messages: Repository<MtMessage>) {}

  /** An MT's current status and every status it went through (queued → sent → delivered). */
  @Get(':id')
  async status(@Param('id', new ParseUUIDPipe()) id: string) {
    const mt = await this.messages.findOneBy({ id });
    if (!mt) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: [`no MT with id ${id}`] });
    return mt;
  }
}
