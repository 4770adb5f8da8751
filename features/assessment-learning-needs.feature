Feature: Learning needs from a performance review
  Each competency expected at the employee's level can become a learning need. Its priority is the
  highest of its reasons (rules/learning-need-priority.drl.csv, rules/learning-needs.drl):
  - rated 1 (not demonstrated): high;      rated 2 (developing): medium;
  - a serious red flag in it: high;        a red flag of concern in it: medium;
  - while developing towards the next level, a competency of the next level in which too few of
    that level's new behaviours were shown: low (a growth need), if it was rated or observed.
  A competency of the level that was not rated is listed as not assessed, not as a need. A competency
  that was neither rated nor observed was not assessed at all, and is no learning need of any kind.

  Scenario Outline: A rating of 1 or 2 makes a learning need
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated <rating> in "<competency>"
    When the review is assessed
    Then their only learning need is "<competency>", with priority <priority>
    And the learning need for "<competency>" is explained by the rule "<rule>"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | competency              | rating | priority | rule                             |
      | Cambridge     | 1     | COMMUNICATION           | 1      | high     | Need: rated 1 (not demonstrated) |
      | Cambridge     | 2     | MANAGING PEOPLE         | 2      | medium   | Need: rated 2 (developing)       |
      | Cambridge     | 3     | STRATEGIC FOCUS         | 1      | high     | Need: rated 1 (not demonstrated) |
      | Milton Keynes | 2     | CUSTOMER FOCUS          | 1      | high     | Need: rated 1 (not demonstrated) |
      | Milton Keynes | 5     | EXCELLENT LEADERSHIP    | 2      | medium   | Need: rated 2 (developing)       |
      | Leicester     | 1     | Having a Customer Focus | 2      | medium   | Need: rated 2 (developing)       |
      | Leicester     | 3     | Leading change          | 1      | high     | Need: rated 1 (not demonstrated) |

  Scenario Outline: Ratings of 3 (effective) and 4 (role model) make no learning need
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated 4 in "<competency>"
    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
    When the review is assessed
    Then they have no learning needs

    Examples:
      | council       | level | competency                          |
      | Cambridge     | 2     | DELIVERING RESULTS                  |
      | Milton Keynes | 3     | EXCELLENT LEADERSHIP                |
      | Leicester     | 2     | Solving problems and being creative |

  Scenario Outline: A red flag makes its competency a learning need
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then the learning need for "<competency>" has priority <priority>
    And the learning need for "<competency>" is explained by the rule "<rule>"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples: a red flag of concern gives a medium need, a serious one a high need
      | council       | level | behaviour                               | competency                      | priority | rule                      |
      | Cambridge     | 1     | Avoids dealing with difficult customers | CUSTOMER SERVICE & SUPPORT      | medium   | Need: red flag of concern |
      | Cambridge     | 1     | Ignores discrimination                  | RESPECTING DIVERSITY & EQUALITY | high     | Need: serious red flag    |
      | Cambridge     | 3     | Takes failure personally                | RESILIENCE                      | medium   | Need: red flag of concern |
      | Milton Keynes | 2     | Works in an isolated way                | TEAM PLAYER                     | medium   | Need: red flag of concern |
      | Milton Keynes | 1     | Breaks financial or procurement rules   | MANAGING RESOURCES AND RISK     | high     | Need: serious red flag    |

  Scenario Outline: A red flag in a competency of the next level is not yet a learning need
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed every next-level behaviour of "<competency>"
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then they have a red flag of concern for "<behaviour>"
    But there is no learning need for "<competency>"

    Examples:
      | council       | level | competency           | behaviour                                  |
      | Cambridge     | 1     | MANAGING PEOPLE      | Is reluctant to deal with poor performance |
      | Milton Keynes | 2     | EXCELLENT LEADERSHIP | Bad mouths MKC and the senior management   |

  Scenario Outline: A learning need takes the highest priority of its reasons
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated 2 in "<competency>"
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then the learning need for "<competency>" has priority high
    And the learning need for "<competency>" is explained by the rule "Need: rated 2 (developing)"
    And the learning need for "<competency>" is explained by the rule "Need: serious red flag"

    Examples:
      | council       | level | competency                  | behaviour                                                            |
      | Cambridge     | 2     | COMMITMENT & ACCOUNTABILITY | Maliciously or carelessly damages the reputation of the City Council |
      | Milton Keynes | 1     | MANAGING RESOURCES AND RISK | Breaks financial or procurement rules                                |

  Scenario Outline: A competency of the level that was not rated is listed as not assessed
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    But "<competency>" was not rated
    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
    When the review is assessed
    Then the only competency not assessed is "<competency>"
    And they have no learning needs
    And readiness for level <next> is DEVELOPING
    And there are no gaps
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | competency             | next |
      | Cambridge     | 1     | PERSONAL EFFECTIVENESS | 2    |
      | Cambridge     | 2     | DELIVERING RESULTS     | 3    |
      | Milton Keynes | 3     | EXCELLENT LEADERSHIP   | 4    |
      | Leicester     | 2     | Develops talent        | 3    |

  Scenario Outline: Not assessed at the top of the ladder too
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    But "<competency>" was not rated
    When the review is assessed
    Then the only competency not assessed is "<competency>"
    And they have no learning needs

    Examples:
      | council       | level | competency       |
      | Cambridge     | 3     | CONTRIBUTION     |
      | Milton Keynes | 5     | TEAM PLAYER      |
      | Leicester     | 4     | Using technology |

  Scenario Outline: While developing, each gap towards the next level is a low learning need
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated 3 in "<gap>"
    And the reviewer observed every next-level behaviour, except those of "<gap>"
    When the review is assessed
    Then readiness for level <next> is DEVELOPING
    And their only learning need is "<gap>", with priority low
    And the learning need for "<gap>" is explained by the rule "Growth need: next-level competency below the readiness threshold"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | gap                  | next |
      | Cambridge     | 1     | DELIVERING RESULTS   | 2    |
      | Cambridge     | 2     | MANAGING CHANGE      | 3    |
      | Milton Keynes | 2     | EXCELLENT LEADERSHIP | 3    |
      | Milton Keynes | 4     | TEAM PLAYER          | 5    |
      | Leicester     | 1     | Using technology     | 2    |
      | Leicester     | 3     | Leading change       | 4    |

  Scenario Outline: A competency neither rated nor observed is no learning need, not even a growth need
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed every next-level behaviour, except those of "<competency>"
    But "<competency>" was neither rated nor observed
    When the review is assessed
    Then readiness for level <next> is DEVELOPING
    And the gaps are:
      | <competency> |
    But they have no learning needs

    Examples: competencies the next level adds, which the reviewer left out
      | council       | level | competency           | next |
      | Cambridge     | 1     | DELIVERING RESULTS   | 2    |
      | Cambridge     | 2     | MANAGING CHANGE      | 3    |
      | Milton Keynes | 2     | EXCELLENT LEADERSHIP | 3    |
      | Leicester     | 1     | Leading change       | 2    |

  Scenario Outline: An employee who is not ready has no growth needs
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated 2 in "<competency>"
    When the review is assessed
    Then readiness for level <next> is NOT_READY
    And their only learning need is "<competency>", with priority medium

    Examples:
      | council       | level | competency                   | next |
      | Cambridge     | 1     | MOTIVATION & DRIVE           | 2    |
      | Milton Keynes | 2     | CUSTOMER FOCUS               | 3    |
      | Leicester     | 2     | Managing money and resources | 3    |
