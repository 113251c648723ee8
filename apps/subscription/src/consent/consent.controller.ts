import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import { e164 } from '@parley/contracts';
import { ConsentLedger } from './consent-ledger.service';

/** Read side of consent: current status per program, and the full ledger as evidence. */
@Controller('v1/subscribers')
export class ConsentController {
  constructor(private readonly ledger: ConsentLedger) {}

  @Get(':phone/subscriptions')
  async subscriptions(@Param('phone') phone: string, @Query('shortCode') shortCode?: string) {
    return { phone: checkPhone(phone), subscriptions: await this.ledger.statusOf(phone, shortCode) };
  }

  @Get(':phone/consent-ledger')
  async ledgerOf(@Param('phone') phone: string) {
    return { phone: checkPhone(phone), entries: await this.ledger.history(phone) };
  }
}

function checkPhone(phone: string): string {
  if (!e164.safeParse(phone).success) {
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: ['phone: must be E.164, e.g. +15551234567 (URL-encode + as %2B)'] });
  }
  return phone;
}
