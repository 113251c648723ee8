import { runService } from '@parley/runtime';
import { startIngress } from './ingress';

runService(() => startIngress());
