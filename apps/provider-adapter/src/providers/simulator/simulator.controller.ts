import { BadRequestException, Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { e164 } from '@parley/contracts';
import { SMS_PROVIDER, type SmsProvider } from '../sms-provider';
import { SimulatorProvider } from './simulator.provider';

@Controller('v1/simulator')
export class SimulatorController {
  constructor(@Inject(SMS_PROVIDER) private readonly provider: SmsProvider) {}

  /** What a simulated handset received, oldest first: `[{id, from, to, text, ...}]`. */
  @Get('messages')
  messages(@Query('to') to?: string) {
    if (!(this.provider instanceof SimulatorProvider)) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: ['the simulator is not the active provider'] });
    }
    if (!to || !e164.safeParse(to).success) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: ['to: must be an E.164 number, e.g. ?to=%2B15551234567'] });
    }
    return this.provider.inbox(to);
  }
}
