/** Characters that join the two ends of a range (`5000至6000万元`, `5-20%`, `3~5人`, `百分之二十至三十`). */
export const RANGE_JOINERS = '至到-~—–';
