// Time zones by area code, for regions where the number itself says more than the region does. Zones are
// representatives (America/New_York stands for Detroit and most of Indiana, America/Denver for Boise):
// quiet hours only need the local clock. An area code that spans two clocks lists both; an area code that
// is missing here (new overlays, toll-free, non-geographic) falls back to every zone of its region.
// Review when NANPA assigns a new overlay (https://nationalnanpa.com) or libphonenumber-js learns one.

const ET = ['America/New_York'];
const CT = ['America/Chicago'];
const MT = ['America/Denver'];
const AZ = ['America/Phoenix'];
const PT = ['America/Los_Angeles'];
const ET_CT = ['America/New_York', 'America/Chicago'];
const CT_MT = ['America/Chicago', 'America/Denver'];
const MT_PT = ['America/Denver', 'America/Los_Angeles'];

// [state or province, zones, area codes]. Area codes that cross a zone line get a row of their own.
const NANP_ROWS: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['AL', CT, '205 251 256 334 659 938'],
  ['AK', ['America/Anchorage', 'America/Adak'], '907'],
  ['AZ', AZ, '480 520 602 623'],
  ['AZ', ['America/Phoenix', 'America/Denver'], '928'], // the Navajo Nation keeps daylight saving time
  ['AR', CT, '327 479 501 870'],
  ['CA', PT, '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669'],
  ['CA', PT, '707 714 738 747 760 805 818 820 831 840 858 909 916 925 949 951'],
  ['CO', MT, '303 719 720 748 970 983'],
  ['CT', ET, '203 475 860 959'],
  ['DC', ET, '202 771'],
  ['DE', ET, '302'],
  ['FL', ET, '239 305 321 324 352 386 407 561 645 656 689 727 728 754 772 786 813 863 904 941 954'],
  ['FL', ET_CT, '448 850'], // the panhandle west of the Apalachicola River is Central
  ['GA', ET, '229 404 470 478 678 706 762 770 912 943'],
  ['HI', ['Pacific/Honolulu'], '808'],
  ['IA', CT, '319 515 563 641 712'],
  ['ID', MT_PT, '208 986'], // the panhandle is Pacific
  ['IL', CT, '217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 872'],
  ['IN', ET, '260 317 463 765'],
  ['IN', CT, '219'],
  ['IN', ET_CT, '574 812 930'], // Starke County and the south-west (Evansville) are Central
  ['KS', CT, '316 913'],
  ['KS', CT_MT, '620 785'], // four western counties are Mountain
  ['KY', ET, '502 859'],
  ['KY', ET_CT, '270 364 606'], // western Kentucky is Central
  ['LA', CT, '225 318 337 504 985'],
  ['MA', ET, '339 351 413 508 617 774 781 857 978'],
  ['MD', ET, '227 240 301 410 443 667'],
  ['ME', ET, '207'],
  ['MI', ET, '231 248 269 313 517 586 616 679 734 810 947 989'],
  ['MI', ET_CT, '906'], // four Upper Peninsula counties on the Wisconsin line are Central
  ['MN', CT, '218 320 507 612 651 763 952'],
  ['MO', CT, '235 314 417 557 573 636 660 816 975'],
  ['MS', CT, '228 601 662 769'],
  ['MT', MT, '406'],
  ['NC', ET, '252 336 472 704 743 828 910 919 980 984'],
  ['ND', CT_MT, '701'], // the south-west is Mountain
  ['NE', CT, '402 531'],
  ['NE', CT_MT, '308'],
  ['NH', ET, '603'],
  ['NJ', ET, '201 551 609 640 732 848 856 862 908 973'],
  ['NM', MT, '505 575'],
  ['NV', PT, '702 725'],
  ['NV', MT_PT, '775'], // West Wendover keeps Mountain time
  ['NY', ET, '212 315 329 332 347 363 516 518 585 607 631 646 680 716 718 838 845 914 917 929 934'],
  ['OH', ET, '216 220 234 283 326 330 380 419 440 513 567 614 740 937'],
  ['OK', CT, '405 539 572 580 918'],
  ['OR', PT, '503 971'],
  ['OR', MT_PT, '458 541'], // Malheur County is Mountain
  ['PA', ET, '215 223 267 272 412 445 484 570 582 610 717 724 814 835 878'],
  ['RI', ET, '401'],
  ['SC', ET, '803 821 839 843 854 864'],
  ['SD', CT_MT, '605'], // the western half is Mountain
  ['TN', ET, '865'],
  ['TN', CT, '615 629 731 901 931'],
  ['TN', ET_CT, '423'], // Marion, Sequatchie and Bledsoe counties are Central
  ['TX', CT, '210 214 254 281 325 346 361 409 430 469 512 682 713 726 737 806 817 830 832 903 936 940 945'],
  ['TX', CT, '956 972 979'],
  ['TX', CT_MT, '432'],
  ['TX', MT, '915'],
  ['UT', MT, '385 435 801'],
  ['VA', ET, '276 434 540 571 686 703 757 804 826 948'],
  ['VT', ET, '802'],
  ['WA', PT, '206 253 360 425 509 564'],
  ['WI', CT, '262 274 353 414 534 608 715 920'],
  ['WV', ET, '304 681'],
  ['WY', MT, '307'],
  // Canada
  ['AB', ['America/Edmonton'], '368 403 587 780 825'],
  ['BC', ['America/Vancouver'], '604'],
  // The interior's East Kootenay is Mountain; the Peace River keeps Mountain standard time all year.
  ['BC', ['America/Vancouver', 'America/Edmonton'], '236 250 257 672 778'],
  ['MB', ['America/Winnipeg'], '204 431 584'],
  ['NB', ['America/Halifax'], '428 506'],
  ['NL', ['America/St_Johns', 'America/Halifax'], '709 879'], // Labrador is Atlantic
  ['NS', ['America/Halifax'], '782 902'], // also Prince Edward Island
  ['ON', ['America/Toronto'], '226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 905 942'],
  ['ON', ['America/Toronto', 'America/Winnipeg'], '807'], // Kenora and the north-west are Central
  ['QC', ['America/Toronto'], '263 354 367 418 438 450 468 514 579 581 819 873'],
  ['SK', ['America/Regina'], '306 474 639'],
  // Yukon, Northwest Territories, Nunavut.
  ['YT', ['America/Whitehorse', 'America/Edmonton', 'America/Winnipeg', 'America/Toronto'], '867'],
];

const NANP_AREA_ZONES: ReadonlyMap<string, readonly string[]> = new Map(
  NANP_ROWS.flatMap(([, zones, codes]) => codes.split(' ').map((code): [string, readonly string[]] => [code, zones])),
);

// Australian geographic numbers: 02 NSW/ACT, 03 VIC/TAS, 07 QLD, 08 SA/NT/WA. Mobiles (04) and
// national numbers (13, 1300, 1800) say nothing about where the person is.
const AU_AREA_ZONES: ReadonlyMap<string, readonly string[]> = new Map([
  ['2', ['Australia/Sydney']],
  ['3', ['Australia/Melbourne']],
  ['7', ['Australia/Brisbane']],
  ['8', ['Australia/Adelaide', 'Australia/Darwin', 'Australia/Perth']],
]);

// Brazilian DDD (area) codes; mobiles keep the DDD of the state that issued them.
const BR_ROWS: ReadonlyArray<readonly [readonly string[], string]> = [
  // Brasília time (UTC-3): the south-east, south, north-east, DF, GO, TO, PA, AP, MA.
  [['America/Sao_Paulo'], '11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48'],
  [['America/Sao_Paulo'], '49 51 53 54 55 61 62 63 64 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 91 93 94 96 98 99'],
  [['America/Manaus'], '65 66 67 69 92 95'], // MT, MS, RO, eastern AM, RR: UTC-4
  [['America/Manaus', 'America/Rio_Branco'], '97'], // western Amazonas reaches UTC-5
  [['America/Rio_Branco'], '68'], // Acre: UTC-5
];
const BR_AREA_ZONES: ReadonlyMap<string, readonly string[]> = new Map(
  BR_ROWS.flatMap(([zones, codes]) => codes.split(' ').map((code): [string, readonly string[]] => [code, zones])),
);

/** All NANP area codes in the table, for tests and documentation. */
export const NANP_AREA_CODES: readonly string[] = [...NANP_AREA_ZONES.keys()];

/**
 * Zones for a national (significant) number of `region`, when its area code pins them down better than
 * the region does; undefined otherwise.
 */
export function areaTimeZones(region: string, nationalNumber: string): readonly string[] | undefined {
  switch (region) {
    case 'US':
    case 'CA':
      return NANP_AREA_ZONES.get(nationalNumber.slice(0, 3));
    case 'AU':
      return AU_AREA_ZONES.get(nationalNumber.slice(0, 1));
    case 'BR':
      return BR_AREA_ZONES.get(nationalNumber.slice(0, 2));
    default:
      return undefined;
  }
}
