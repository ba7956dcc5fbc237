<?xml version="1.0" encoding="UTF-8"?>
<!-- Wisconsin DVR: the Individualized Plan for Employment of a consumer in
     Individual Placement and Support (IPS) supported employment, laid out as
     the "Individual Placement and Support (IPS) Services" technical
     specifications (../shared/policy/wisconsin-dvr-ips-services.txt) and
     34 CFR 361.46 name its parts: the employment goal (the job goal the
     position obtained must match: occupation, SOC code, hours a week);
     the IPS services of the services table (Career Profile, Job Development
     Plan, Job Development and Hire, Transition to Long Term Supports, and
     the services of other funders), each with its provider and the DVR
     Authorization for Services that must come before it (the note under the
     services table); the job supports (Job Development section and Job
     Support and Retention Service: Job and Task Analysis, Monthly Systematic
     Instruction, Job Retention, Partners with Business, offsite supports);
     the long-term support arrangement (Transition to Long Term Supports
     section: the extended services and who provides them); the progress
     criteria and the responsibilities of each party; post-employment
     services, informed choice and the review; then the signatures of the
     consumer (or representative) and the DVR counselor
     (templates/common/page.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:v="urn:vrtool:1"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="v">

  <xsl:include href="../common/page.xsl"/>

  <!-- Secondary text (authorization details, a staff member's title):
       smaller and not bold, but never below the large-print size. -->
  <xsl:variable name="wi-aside" select="concat('font-weight: normal; font-size: ', substring('85% 100%', 1 + 4 * ($large = &quot;1&quot;), 4), ';')"/>

  <!-- The job support services (Job Development section: "only one type of
       job support service can be provided during the same timeframe"), and
       the Job and Task Analysis that plans them; categories of the wi-dvr
       plugin. -->
  <xsl:variable name="wi-job-support" select="' job_task_analysis systematic_instruction job_retention partners_with_business '"/>

  <xsl:template match="v:plan" mode="body">
    <xsl:variable name="supports" select="v:services/v:service[contains($wi-job-support, concat(' ', v:category, ' '))]"/>
    <xsl:variable name="others" select="v:services/v:service[not(contains($wi-job-support, concat(' ', v:category, ' ')))]"/>

    <!-- The employment goal -->
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'goal'"/></xsl:call-template></h2>
      <dl class="facts">
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'occupation'"/><xsl:with-param name="value" select="v:goal/v:occupation"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'soc'"/><xsl:with-param name="value" select="v:goal/v:soc"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'own_words'"/><xsl:with-param name="value" select="v:goal/v:own_words"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'setting'"/><xsl:with-param name="value" select="v:goal/v:setting"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'hours_week'"/><xsl:with-param name="value" select="v:goal/v:hours_week"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'wage'"/><xsl:with-param name="value" select="v:goal/v:wage_cents_hour"/><xsl:with-param name="as" select="'money'"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'target_date'"/><xsl:with-param name="value" select="v:goal/v:target_date"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
      </dl>
    </section>

    <xsl:call-template name="wi-objectives"/>

    <!-- The IPS services and their DVR authorizations -->
    <xsl:if test="$others">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_services'"/></xsl:call-template></h2>
        <p style="break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid;"><em><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_auth_note'"/></xsl:call-template></em></p>
        <xsl:call-template name="wi-service-table"><xsl:with-param name="rows" select="$others"/></xsl:call-template>
      </section>
    </xsl:if>

    <!-- Job supports -->
    <section>
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'job_supports'"/></xsl:call-template></h2>
      <p style="break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid;"><em><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_job_supports_note'"/></xsl:call-template></em></p>
      <xsl:variable name="jsp" select="v:ext/v:item[@name = 'job_supports_plan']"/>
      <xsl:if test="normalize-space($jsp) != ''">
        <dl class="facts">
          <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'job_supports_plan'"/><xsl:with-param name="value" select="$jsp"/></xsl:call-template>
        </dl>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$supports">
          <xsl:call-template name="wi-service-table"><xsl:with-param name="rows" select="$supports"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="normalize-space($jsp) = ''">
          <p><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_job_supports_tbd'"/></xsl:call-template></p>
        </xsl:when>
      </xsl:choose>
    </section>

    <!-- The long-term support arrangement (supported employment) -->
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'long_term_support'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="v:supported_employment/* or v:post_employment">
          <dl class="facts">
            <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'extended_services'"/><xsl:with-param name="value" select="v:supported_employment/v:extended_services"/></xsl:call-template>
            <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'lts_provider'"/><xsl:with-param name="value" select="v:supported_employment/v:provider"/></xsl:call-template>
            <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'post_employment'"/><xsl:with-param name="value" select="v:post_employment"/></xsl:call-template>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="label"><xsl:with-param name="k" select="'none'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
      <p><em><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_lts_note'"/></xsl:call-template></em></p>
    </section>

    <xsl:if test="v:progress_criteria">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'progress_criteria'"/></xsl:call-template></h2>
        <p><xsl:value-of select="v:progress_criteria"/></p>
      </section>
    </xsl:if>

    <xsl:call-template name="wi-responsibilities"/>

    <xsl:if test="v:education_goal">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'education_goal'"/></xsl:call-template></h2>
        <p><xsl:value-of select="v:education_goal"/></p>
      </section>
    </xsl:if>

    <xsl:if test="v:informed_choice">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'informed_choice'"/></xsl:call-template></h2>
        <p><xsl:choose>
          <xsl:when test="v:informed_choice/v:supported = 'false'"><xsl:call-template name="label"><xsl:with-param name="k" select="'choice_not_supported'"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="k" select="'choice_supported'"/></xsl:call-template></xsl:otherwise>
        </xsl:choose></p>
        <dl class="facts">
          <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'reason'"/><xsl:with-param name="value" select="v:informed_choice/v:reason"/></xsl:call-template>
          <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'alternatives'"/><xsl:with-param name="value" select="v:informed_choice/v:alternatives"/></xsl:call-template>
        </dl>
        <xsl:if test="v:informed_choice/v:appeal_info_given = 'true'">
          <p><xsl:call-template name="label"><xsl:with-param name="k" select="'appeal_info'"/></xsl:call-template></p>
        </xsl:if>
      </section>
    </xsl:if>

    <xsl:if test="v:review">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'review'"/></xsl:call-template></h2>
        <dl class="facts">
          <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'last_review'"/><xsl:with-param name="value" select="v:review/v:last"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
          <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'next_review'"/><xsl:with-param name="value" select="v:review/v:next"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The plan's objectives (the deliverables on the way to the goal), with
       only the columns some objective fills. -->
  <xsl:template name="wi-objectives">
    <xsl:variable name="os" select="v:objectives/v:objective"/>
    <xsl:if test="$os">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'objectives'"/></xsl:call-template></h2>
        <xsl:choose>
          <xsl:when test="$large = '1'">
            <table>
              <colgroup><col style="width: 36%"/><col style="width: 64%"/></colgroup>
              <xsl:for-each select="$os">
                <tbody style="break-inside: avoid; page-break-inside: avoid; border-top: 3px solid #000;">
                  <tr>
                    <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'objective'"/></xsl:call-template></th>
                    <td><strong><xsl:value-of select="v:title"/></strong></td>
                  </tr>
                  <xsl:call-template name="wi-card-row"><xsl:with-param name="k" select="'outcome'"/><xsl:with-param name="value" select="v:outcome"/></xsl:call-template>
                  <xsl:call-template name="wi-card-row"><xsl:with-param name="k" select="'measure'"/><xsl:with-param name="value" select="v:measure"/></xsl:call-template>
                  <xsl:call-template name="wi-card-row"><xsl:with-param name="k" select="'start'"/><xsl:with-param name="value" select="v:start"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
                  <xsl:call-template name="wi-card-row"><xsl:with-param name="k" select="'target'"/><xsl:with-param name="value" select="v:target"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
                </tbody>
              </xsl:for-each>
            </table>
          </xsl:when>
          <xsl:otherwise>
            <table>
              <thead><tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'objective'"/></xsl:call-template></th>
                <xsl:if test="$os/v:outcome"><th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'outcome'"/></xsl:call-template></th></xsl:if>
                <xsl:if test="$os/v:measure"><th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'measure'"/></xsl:call-template></th></xsl:if>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'start'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'target'"/></xsl:call-template></th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="$os">
                  <tr>
                    <th scope="row"><xsl:value-of select="v:title"/></th>
                    <xsl:if test="$os/v:outcome"><td><xsl:value-of select="v:outcome"/></td></xsl:if>
                    <xsl:if test="$os/v:measure"><td><xsl:value-of select="v:measure"/></td></xsl:if>
                    <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template></td>
                    <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:target"/></xsl:call-template></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Services with their provider, DVR authorization (number, service
       code and issue date, from the case's authorization event) or other
       funder, time frame and cost. -->
  <xsl:template name="wi-service-table">
    <xsl:param name="rows"/>
    <xsl:choose>
      <xsl:when test="$large = '1'">
        <table>
          <colgroup><col style="width: 36%"/><col style="width: 64%"/></colgroup>
          <xsl:for-each select="$rows">
            <tbody style="break-inside: avoid; page-break-inside: avoid; border-top: 3px solid #000;">
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'service'"/></xsl:call-template></th>
                <td><strong><xsl:value-of select="v:description"/></strong><xsl:call-template name="wi-offsite"/></td>
              </tr>
              <xsl:call-template name="wi-card-row"><xsl:with-param name="k" select="'provider'"/><xsl:with-param name="value" select="v:provider"/></xsl:call-template>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'dvr_authorization'"/></xsl:call-template></th>
                <td><xsl:call-template name="wi-authorization"/></td>
              </tr>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'time_frame'"/></xsl:call-template></th>
                <td><xsl:call-template name="wi-time-frame"/></td>
              </tr>
              <xsl:call-template name="wi-card-row"><xsl:with-param name="k" select="'cost'"/><xsl:with-param name="value" select="v:cost_cents"/><xsl:with-param name="as" select="'money'"/></xsl:call-template>
            </tbody>
          </xsl:for-each>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <table>
          <colgroup>
            <col style="width: 24%"/><col style="width: 18%"/><col style="width: 18%"/><col style="width: 28%"/><col style="width: 12%"/>
          </colgroup>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'service'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'provider'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'dvr_authorization'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'time_frame'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'cost'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="$rows">
              <tr>
                <th scope="row"><xsl:value-of select="v:description"/><xsl:call-template name="wi-offsite"/></th>
                <td><xsl:value-of select="v:provider"/></td>
                <td><xsl:call-template name="wi-authorization"/></td>
                <td><xsl:call-template name="wi-time-frame"/></td>
                <td><xsl:call-template name="money"><xsl:with-param name="c" select="v:cost_cents"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A service's DVR authorization: its number, then the DVR service code
       and the day it was issued when the case records the authorization;
       for a service another funder pays, the funder. -->
  <xsl:template name="wi-authorization">
    <xsl:variable name="a" select="string(v:authorization)"/>
    <xsl:variable name="ev" select="$case/v:events/v:event[v:kind = 'authorization'][$a != ''][v:id = $a or v:authorization = $a][1]"/>
    <xsl:if test="$a != ''">
      <xsl:value-of select="$a"/>
      <xsl:if test="$ev/v:service">
        <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'service_code'"/></xsl:call-template><xsl:value-of select="concat(' ', $ev/v:service)"/></span>
      </xsl:if>
      <xsl:if test="$ev/v:at or $ev/v:date">
        <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'issued'"/></xsl:call-template><xsl:text> </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="d" select="substring(concat($ev/v:date, $ev/v:at), 1, 10)"/></xsl:call-template></span>
      </xsl:if>
    </xsl:if>
    <xsl:if test="v:funding and ($a = '' or v:funding != 'DVR')">
      <xsl:if test="$a != ''"><br/></xsl:if>
      <span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'funding'"/></xsl:call-template>: <xsl:value-of select="v:funding"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A service's time frame: start - planned end (or ongoing), and the
       day it was completed when it was. -->
  <xsl:template name="wi-time-frame">
    <xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="v:planned_end">
        <br/><xsl:text>– </xsl:text><xsl:call-template name="date"><xsl:with-param name="d" select="v:planned_end"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="v:start and not(v:actual_end)">
        <br/><xsl:text>– </xsl:text><xsl:call-template name="label"><xsl:with-param name="k" select="'ongoing'"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="v:actual_end">
      <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'completed'"/></xsl:call-template>: <xsl:call-template name="date"><xsl:with-param name="d" select="v:actual_end"/></xsl:call-template></span>
    </xsl:if>
  </xsl:template>

  <!-- An offsite job support (Offsite Supports note): its contact
       parameters. -->
  <xsl:template name="wi-offsite">
    <xsl:if test="v:ext/v:item[@name = 'offsite'] = 'true'">
      <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'offsite_support'"/></xsl:call-template>
        <xsl:if test="normalize-space(v:ext/v:item[@name = 'offsite_contact']) != ''">: <xsl:value-of select="v:ext/v:item[@name = 'offsite_contact']"/></xsl:if></span>
    </xsl:if>
  </xsl:template>

  <!-- The responsibilities of each party (agency is DVR). -->
  <xsl:template name="wi-responsibilities">
    <xsl:if test="v:responsibilities/v:responsibility">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'responsibilities'"/></xsl:call-template></h2>
        <table>
          <colgroup><col style="width: 24%"/><col style="width: 60%"/><col style="width: 16%"/></colgroup>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsible'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsibilities'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'initialed'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="v:responsibilities/v:responsibility">
              <tr>
                <th scope="row"><xsl:call-template name="wi-party"><xsl:with-param name="p" select="v:party"/></xsl:call-template></th>
                <td><xsl:value-of select="v:text"/></td>
                <td><xsl:choose>
                  <xsl:when test="v:initialed = 'true'"><xsl:call-template name="label"><xsl:with-param name="k" select="'yes'"/></xsl:call-template></xsl:when>
                  <xsl:otherwise>______</xsl:otherwise>
                </xsl:choose></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One row of a large-print group: label, value (when there is one). -->
  <xsl:template name="wi-card-row">
    <xsl:param name="k"/>
    <xsl:param name="value"/>
    <xsl:param name="as" select="'text'"/>
    <xsl:if test="normalize-space($value) != ''">
      <tr>
        <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></th>
        <td><xsl:call-template name="wi-value"><xsl:with-param name="value" select="$value"/><xsl:with-param name="as" select="$as"/></xsl:call-template></td>
      </tr>
    </xsl:if>
  </xsl:template>

  <!-- One labelled fact of a dl.facts, when the value is there: like
       page.xsl's field, but each dt/dd pair is a row of its own (a div in
       the dl), so a label that wraps onto two lines does not push the next
       value out of line with its label. -->
  <xsl:template name="wi-fact">
    <xsl:param name="k"/>
    <xsl:param name="value"/>
    <xsl:param name="as" select="'text'"/>
    <xsl:if test="normalize-space($value) != ''">
      <div style="display: flex;">
        <dt style="flex: none;"><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></dt>
        <dd style="flex: 1 1 0; margin: 0 0 2pt 0.5em;"><xsl:call-template name="wi-value"><xsl:with-param name="value" select="$value"/><xsl:with-param name="as" select="$as"/></xsl:call-template></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A value as text, date or money. -->
  <xsl:template name="wi-value">
    <xsl:param name="value"/>
    <xsl:param name="as" select="'text'"/>
    <xsl:choose>
      <xsl:when test="$as = 'date'"><xsl:call-template name="date"><xsl:with-param name="d" select="string($value)"/></xsl:call-template></xsl:when>
      <xsl:when test="$as = 'money'"><xsl:call-template name="money"><xsl:with-param name="c" select="string($value)"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A party by its label: "agency" is DVR; else party_<word> or
       r_<word> in $lang, else as written. -->
  <xsl:template name="wi-party">
    <xsl:param name="p"/>
    <xsl:variable name="k" select="translate(normalize-space($p), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ -', 'abcdefghijklmnopqrstuvwxyz__')"/>
    <xsl:variable name="a"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('party_', $k)"/></xsl:call-template></xsl:variable>
    <xsl:variable name="b"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('r_', $k)"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$k = ''"/>
      <xsl:when test="$k = 'agency'"><xsl:call-template name="label"><xsl:with-param name="k" select="'party_dvr'"/></xsl:call-template></xsl:when>
      <xsl:when test="$a != concat('party_', $k)"><xsl:value-of select="$a"/></xsl:when>
      <xsl:when test="$b != concat('r_', $k)"><xsl:value-of select="$b"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
