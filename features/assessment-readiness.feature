Feature: Readiness for the next level
  Every assessment says whether the employee is ready for the level above theirs (rules/readiness.drl):
  - TOP_LEVEL  there is no higher level;
  - NOT_READY  a competency of their level is rated below 3, or a red flag is serious;
  - READY      no red flags, every competency of their level rated 3 or more, and in every competency
               of the next level at least 50% (rules/readiness-threshold.drl.csv) of the behaviours
               that level introduces were shown;
  - DEVELOPING otherwise.
  Whether DEVELOPING or NOT_READY, the assessment lists the gaps: each competency of the next level
  below the threshold, the behaviours still to show in it, and how many more of them to show.
  Competencies that first appear at the next level count: Cambridge's first line manager
  competencies at level 2, Milton Keynes' EXCELLENT LEADERSHIP at level 3, Leicester's management
  competencies at level 2.

  Scenario Outline: READY: effective at their level and 50% of the next level's behaviours shown
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
    When the review is assessed
    Then readiness for level <next> is READY
    And the readiness verdict was reached by the rule "Readiness: ready"
    And there are no gaps
    And no competency is listed as not assessed
    And there are no red flags
    And they have no learning needs
    And every red flag, need and readiness verdict says which rule concluded it
    And the assessment names the employee, their framework, level and period, and the version of the rules that assessed it

    Examples: Cambridge: staff to first line manager (Core plus the first line manager competencies), and to senior manager
      | council   | level | next |
      | Cambridge | 1     | 2    |
      | Cambridge | 2     | 3    |

    Examples: Milton Keynes: cumulative, EXCELLENT LEADERSHIP from level 3
      | council       | level | next |
      | Milton Keynes | 1     | 2    |
      | Milton Keynes | 2     | 3    |
      | Milton Keynes | 4     | 5    |

    Examples: Leicester: management competencies from level 2
      | council   | level | next |
      | Leicester | 1     | 2    |
      | Leicester | 3     | 4    |

  Scenario: DEVELOPING (Milton Keynes): too few of EXCELLENT LEADERSHIP's behaviours shown for level 3
    Given a Milton Keynes employee at level 2
    And they are rated 3 in every competency of their level
    And the reviewer observed every next-level behaviour, except those of "EXCELLENT LEADERSHIP"
    And the reviewer observed "Displays sincerity and integrity in all actions and an exemplary work ethic"
    And the reviewer observed "Models MKC behaviours and values at all times"
    When the review is assessed
    Then readiness for level 3 is DEVELOPING
    And the readiness verdict was reached by the rule "Readiness: developing"
    And the gaps are:
      | EXCELLENT LEADERSHIP |
    And the gap in "EXCELLENT LEADERSHIP" shows 2 of the 6 behaviours the next level introduces
    And the behaviours still to show in "EXCELLENT LEADERSHIP" are:
      | Articulates a clear team vision that all colleagues can understand and work towards |
      | Possesses the ability to spot potential in others, encourage it and develop it      |
      | Available (open door) to all colleague questions and suggestions                    |
      | Use sound judgment to make good decisions at the right time                         |
    And the gap in "EXCELLENT LEADERSHIP" says "show 1 more of these 4 behaviours"
    And the gap in "EXCELLENT LEADERSHIP" asks for 1 more of its 4 behaviours still to show
    And the learning need for "EXCELLENT LEADERSHIP" has priority low
    And every red flag, need and readiness verdict says which rule concluded it

  Scenario: DEVELOPING (Cambridge): too few of DELIVERING RESULTS' behaviours shown for first line manager
    Given a Cambridge employee at level 1
    And they are rated 3 in every competency of their level
    And the reviewer observed every next-level behaviour, except those of "DELIVERING RESULTS"
    And the reviewer observed "Takes responsibility for ensuring plans are delivered on time and outcomes are monitored"
    And the reviewer observed "Thinks ahead to spot problems or opportunities"
    When the review is assessed
    Then readiness for level 2 is DEVELOPING
    And the gaps are:
      | DELIVERING RESULTS |
    And the gap in "DELIVERING RESULTS" shows 2 of the 6 behaviours the next level introduces
    And the behaviours still to show in "DELIVERING RESULTS" are:
      | Sets and meets challenging goals                               |
      | Prioritises, prepares in advance and sets realistic timescales |
      | Shows a creative and constructive approach to problem solving  |
      | Constantly seeks to improve the way things are done            |
    And the learning need for "DELIVERING RESULTS" has priority low
    And every red flag, need and readiness verdict says which rule concluded it

  Scenario: DEVELOPING (Leicester): too few of Using technology's behaviours shown for Team Manager
    Given a Leicester employee at level 1
    And they are rated 3 in every competency of their level
    And the reviewer observed every next-level behaviour, except those of "Using technology"
    And the reviewer observed "Utilises technology for own work"
    And the reviewer observed "Supports others in their use of technology"
    When the review is assessed
    Then readiness for level 2 is DEVELOPING
    And the gaps are:
      | Using technology |
    And the gap in "Using technology" shows 2 of the 6 behaviours the next level introduces
    And the behaviours still to show in "Using technology" are:
      | Harnesses the potential of technology to improve service delivery |
      | Guides and trains others on the use of all appropriate technology |
      | Recommends the use of technology to improve service.              |
      | Ensures online information is up to date and accurate             |
    And the learning need for "Using technology" has priority low
    And every red flag, need and readiness verdict says which rule concluded it

  Scenario: DEVELOPING (Milton Keynes): nothing of level 3 shown yet, so every competency of level 3 is a gap
    Given a Milton Keynes employee at level 2
    And they are rated 3 in every competency of their level
    When the review is assessed
    Then readiness for level 3 is DEVELOPING
    And the gaps are:
      | CUSTOMER FOCUS                       |
      | COMMUNICATING AND ENGAGING           |
      | MANAGING RESOURCES AND RISK          |
      | ORGANISING AND IMPROVING PERFORMANCE |
      | TAKING RESPONSIBILITY                |
      | TEAM PLAYER                          |
      | EXCELLENT LEADERSHIP                 |
    And the gap in "CUSTOMER FOCUS" shows 0 of the 5 behaviours the next level introduces

  Scenario: DEVELOPING (Cambridge): the Core behaviours all start at level 1, so only the first line manager competencies are gaps
    Given a Cambridge employee at level 1
    And they are rated 3 in every competency of their level
    When the review is assessed
    Then readiness for level 2 is DEVELOPING
    And the gaps are:
      | DEVELOPING PEOPLE & TEAMS |
      | INFLUENCING & NEGOTIATING |
      | MANAGING PEOPLE           |
      | DELIVERING RESULTS        |

  Scenario: DEVELOPING (Leicester): the staff behaviours all start at level 1, so only the management competencies are gaps
    Given a Leicester employee at level 1
    And they are rated 3 in every competency of their level
    When the review is assessed
    Then readiness for level 2 is DEVELOPING
    And the gaps are:
      | Managing people performance               |
      | Delivering service excellence             |
      | Managing money and resources              |
      | Leading change                            |
      | Engaging with the community               |
      | Develops talent                           |
      | Working with partners                     |
      | Solving problems and being creative       |
      | Strategic working and political awareness |
      | Project and programme management          |
      | Using technology                          |
    And the gap in "Managing people performance" shows 0 of the 15 behaviours the next level introduces
    And the gap in "Managing people performance" says "show 8 more of these 15 behaviours"
    And the gap in "Managing people performance" asks for 8 more of its 15 behaviours still to show

  Scenario Outline: DEVELOPING: a red flag of concern holds back an otherwise ready employee
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then they have a red flag of concern for "<behaviour>"
    And readiness for level <next> is DEVELOPING
    And there are no gaps

    Examples:
      | council       | level | behaviour                            | next |
      | Cambridge     | 1     | Is abrupt, dismissive or patronising | 2    |
      | Milton Keynes | 2     | Impatient with customers             | 3    |

  Scenario Outline: NOT_READY: a competency of their level rated below 3
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated <rating> in "<competency>"
    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
    When the review is assessed
    Then readiness for level <next> is NOT_READY
    And the readiness verdict was reached by the rule "Readiness: not ready"
    And there are no gaps
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | competency                   | rating | next |
      | Cambridge     | 1     | COMMUNICATION                | 2      | 2    |
      | Cambridge     | 2     | INFLUENCING & NEGOTIATING    | 1      | 3    |
      | Milton Keynes | 3     | EXCELLENT LEADERSHIP         | 2      | 4    |
      | Milton Keynes | 1     | TEAM PLAYER                  | 1      | 2    |
      | Leicester     | 1     | Delivering Outcomes          | 2      | 2    |
      | Leicester     | 2     | Managing money and resources | 1      | 3    |

  Scenario: NOT_READY, and still shown the whole way to the next level
    Given a Milton Keynes employee at level 2
    And they are rated 3 in every competency of their level
    And they are rated 2 in "TEAM PLAYER"
    And the reviewer observed every next-level behaviour, except those of "EXCELLENT LEADERSHIP"
    And the reviewer observed "Displays sincerity and integrity in all actions and an exemplary work ethic"
    And the reviewer observed "Models MKC behaviours and values at all times"
    When the review is assessed
    Then readiness for level 3 is NOT_READY
    And the readiness verdict was reached by the rule "Readiness: not ready"
    And the gaps are:
      | EXCELLENT LEADERSHIP |
    And the gap in "EXCELLENT LEADERSHIP" shows 2 of the 6 behaviours the next level introduces
    And the behaviours still to show in "EXCELLENT LEADERSHIP" are:
      | Articulates a clear team vision that all colleagues can understand and work towards |
      | Possesses the ability to spot potential in others, encourage it and develop it      |
      | Available (open door) to all colleague questions and suggestions                    |
      | Use sound judgment to make good decisions at the right time                         |
    And the gap in "EXCELLENT LEADERSHIP" says "show 1 more of these 4 behaviours"
    And the gap in "EXCELLENT LEADERSHIP" asks for 1 more of its 4 behaviours still to show
    And the learning need for "TEAM PLAYER" has priority medium
    And there is no learning need for "EXCELLENT LEADERSHIP"
    And every red flag, need and readiness verdict says which rule concluded it

  Scenario: NOT_READY with nothing of the next level shown: every competency of the next level is a gap
    Given a Cambridge employee at level 1
    And they are rated 3 in every competency of their level
    And they are rated 1 in "COMMUNICATION"
    When the review is assessed
    Then readiness for level 2 is NOT_READY
    And the gaps are:
      | DEVELOPING PEOPLE & TEAMS |
      | INFLUENCING & NEGOTIATING |
      | MANAGING PEOPLE           |
      | DELIVERING RESULTS        |
    And the gap in "DELIVERING RESULTS" says "show 3 more of these 6 behaviours"
    And the gap in "DELIVERING RESULTS" asks for 3 more of its 6 behaviours still to show
    And there is no learning need for "DELIVERING RESULTS"

  Scenario Outline: NOT_READY: a serious red flag
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then they have a serious red flag for "<behaviour>"
    And readiness for level <next> is NOT_READY
    And the readiness verdict was reached by the rule "Readiness: not ready"

    Examples:
      | council       | level | behaviour                                       | next |
      | Cambridge     | 1     | Ignores discrimination                          | 2    |
      | Milton Keynes | 3     | Uses deceptive behaviour for personal advantage | 4    |

  Scenario Outline: NOT_READY: two red flags in one competency are serious
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed 50% of the next-level behaviours in every competency of the next level
    And the reviewer observed "<first>"
    And the reviewer observed "<second>"
    When the review is assessed
    Then readiness for level <next> is NOT_READY

    Examples:
      | council       | level | first                                      | second                                            | next |
      | Cambridge     | 2     | Is reluctant to deal with poor performance | Is only interested in the task and not the people | 3    |
      | Milton Keynes | 2     | Impatient with customers                   | Does not put the customer first                   | 3    |

  Scenario Outline: TOP_LEVEL: there is no higher level, whatever the ratings
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated <rating> in "<competency>"
    When the review is assessed
    Then readiness is TOP_LEVEL, as there is no higher level
    And the readiness verdict was reached by the rule "Readiness: top of the ladder"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | competency            | rating |
      | Cambridge     | 3     | STRATEGIC FOCUS       | 3      |
      | Cambridge     | 3     | MANAGING CHANGE       | 1      |
      | Milton Keynes | 5     | CUSTOMER FOCUS        | 4      |
      | Milton Keynes | 5     | EXCELLENT LEADERSHIP  | 1      |
      | Leicester     | 4     | Develops talent       | 3      |
      | Leicester     | 4     | Working with partners | 2      |

  Scenario: TOP_LEVEL even with a serious red flag
    Given a Milton Keynes employee at level 5
    And they are rated 3 in every competency of their level
    And the reviewer observed "Acts in an underhand way"
    When the review is assessed
    Then they have a serious red flag for "Acts in an underhand way"
    And readiness is TOP_LEVEL, as there is no higher level
