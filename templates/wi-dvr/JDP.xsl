<?xml version="1.0" encoding="UTF-8"?>
<!-- Wisconsin DVR: the IPS Job Development Plan (DVR-17036-E), laid out as
     the "Individual Placement and Support (IPS) Services" technical
     specifications (../shared/policy/wisconsin-dvr-ips-services.txt) frame
     it: the Job Development Plan section (a plan "to successfully find and
     keep a job matching [the consumer's] interests, skills, abilities and
     needs", informed by the Career Profile; the responsibilities of each
     party; a contact standard between the consumer and the service provider
     and between potential employers and the service provider; the job
     supports plan section, revisited once a job is offered; the 90-day
     review after the initial plan) and the Job Development section (the job
     goal, consistent with the IPE, and the hours a week the consumer would
     like to work). In order: the job goal; the job development activities
     and who does them; the contact standard; the job supports plan; the
     responsibilities; the plan review; then the signatures of the consumer
     (or representative), the employment specialist and the DVR counselor
     (templates/common/page.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:v="urn:vrtool:1"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="v">

  <xsl:include href="../common/page.xsl"/>

  <!-- Secondary text (provider, authorization, a staff member's title):
       smaller and not bold, but never below the large-print size. -->
  <xsl:variable name="wi-aside" select="concat('font-weight: normal; font-size: ', substring('85% 100%', 1 + 4 * ($large = &quot;1&quot;), 4), ';')"/>

  <!-- The job support services (categories of the wi-dvr plugin): planned
       in the job supports plan section, not among the job development
       activities. -->
  <xsl:variable name="wi-job-support" select="' job_task_analysis systematic_instruction job_retention partners_with_business '"/>

  <xsl:template match="v:plan" mode="body">
    <xsl:variable name="supports" select="v:services/v:service[contains($wi-job-support, concat(' ', v:category, ' '))]"/>
    <xsl:variable name="activities" select="v:services/v:service[not(contains($wi-job-support, concat(' ', v:category, ' ')))]"/>
    <xsl:variable name="cs" select="v:ext/v:item[@name = 'contact_standard']"/>
    <xsl:variable name="jsp" select="v:ext/v:item[@name = 'job_supports_plan']"/>

    <p><em><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_jdp_form'"/></xsl:call-template></em></p>

    <!-- The job goal -->
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'job_goal'"/></xsl:call-template></h2>
      <dl class="facts">
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'occupation'"/><xsl:with-param name="value" select="v:goal/v:occupation"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'soc'"/><xsl:with-param name="value" select="v:goal/v:soc"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'own_words'"/><xsl:with-param name="value" select="v:goal/v:own_words"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'setting'"/><xsl:with-param name="value" select="v:goal/v:setting"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'hours_wanted'"/><xsl:with-param name="value" select="v:goal/v:hours_week"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'wage'"/><xsl:with-param name="value" select="v:goal/v:wage_cents_hour"/><xsl:with-param name="as" select="'money'"/></xsl:call-template>
        <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'target_date'"/><xsl:with-param name="value" select="v:goal/v:target_date"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
      </dl>
    </section>

    <xsl:call-template name="wi-objectives"/>

    <!-- The job development activities and who does them -->
    <xsl:if test="$activities">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'jd_activities'"/></xsl:call-template></h2>
        <xsl:call-template name="wi-activity-table"><xsl:with-param name="rows" select="$activities"/></xsl:call-template>
      </section>
    </xsl:if>

    <!-- The contact standard -->
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'contact_standard'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="normalize-space($cs) != ''">
          <dl class="facts">
            <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'cs_consumer'"/><xsl:with-param name="value" select="$cs/v:item[@name = 'consumer']"/></xsl:call-template>
            <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'cs_employers'"/><xsl:with-param name="value" select="$cs/v:item[@name = 'employers']"/></xsl:call-template>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="label"><xsl:with-param name="k" select="'none'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <!-- The job supports plan section -->
    <section>
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'job_supports_plan'"/></xsl:call-template></h2>
      <p style="break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid;"><em><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_jdp_supports_note'"/></xsl:call-template></em></p>
      <xsl:if test="normalize-space($jsp) != ''">
        <p><xsl:value-of select="$jsp"/></p>
      </xsl:if>
      <xsl:if test="$supports">
        <xsl:call-template name="wi-activity-table"><xsl:with-param name="rows" select="$supports"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="normalize-space($jsp) = '' and not($supports)">
        <p><xsl:call-template name="label"><xsl:with-param name="k" select="'none'"/></xsl:call-template></p>
      </xsl:if>
    </section>

    <xsl:if test="v:progress_criteria">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'progress_criteria'"/></xsl:call-template></h2>
        <p><xsl:value-of select="v:progress_criteria"/></p>
      </section>
    </xsl:if>

    <xsl:call-template name="wi-responsibilities"/>

    <!-- The 90-day review -->
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'plan_review'"/></xsl:call-template></h2>
      <p><em><xsl:call-template name="label"><xsl:with-param name="k" select="'wi_jdp_review_note'"/></xsl:call-template></em></p>
      <xsl:if test="v:review/v:last or v:review/v:next">
        <dl class="facts">
          <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'last_review'"/><xsl:with-param name="value" select="v:review/v:last"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
          <xsl:call-template name="wi-fact"><xsl:with-param name="k" select="'next_review'"/><xsl:with-param name="value" select="v:review/v:next"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
        </dl>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- Activities: what is done (with its provider and DVR authorization),
       who does it, and when. -->
  <xsl:template name="wi-activity-table">
    <xsl:param name="rows"/>
    <xsl:choose>
      <xsl:when test="$large = '1'">
        <table>
          <colgroup><col style="width: 36%"/><col style="width: 64%"/></colgroup>
          <xsl:for-each select="$rows">
            <tbody style="break-inside: avoid; page-break-inside: avoid; border-top: 3px solid #000;">
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'activity'"/></xsl:call-template></th>
                <td><strong><xsl:value-of select="v:description"/></strong><xsl:call-template name="wi-activity-notes"/></td>
              </tr>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'who_does_it'"/></xsl:call-template></th>
                <td><xsl:call-template name="wi-who"/></td>
              </tr>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'time_frame'"/></xsl:call-template></th>
                <td><xsl:call-template name="wi-time-frame"/></td>
              </tr>
            </tbody>
          </xsl:for-each>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <table>
          <colgroup><col style="width: 48%"/><col style="width: 26%"/><col style="width: 26%"/></colgroup>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'activity'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'who_does_it'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'time_frame'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="$rows">
              <tr>
                <th scope="row"><xsl:value-of select="v:description"/><xsl:call-template name="wi-activity-notes"/></th>
                <td><xsl:call-template name="wi-who"/></td>
                <td><xsl:call-template name="wi-time-frame"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Under an activity: its provider (when someone else is responsible),
       its DVR authorization or other funder, an offsite support. -->
  <xsl:template name="wi-activity-notes">
    <xsl:if test="v:provider and v:responsible">
      <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'provider'"/></xsl:call-template>: <xsl:value-of select="v:provider"/></span>
    </xsl:if>
    <xsl:if test="v:authorization">
      <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'dvr_authorization'"/></xsl:call-template>: <xsl:value-of select="v:authorization"/></span>
    </xsl:if>
    <xsl:if test="v:funding and v:funding != 'DVR'">
      <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'funding'"/></xsl:call-template>: <xsl:value-of select="v:funding"/></span>
    </xsl:if>
    <xsl:if test="v:ext/v:item[@name = 'offsite'] = 'true'">
      <br/><span style="{$wi-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'offsite_support'"/></xsl:call-template>
        <xsl:if test="normalize-space(v:ext/v:item[@name = 'offsite_contact']) != ''">: <xsl:value-of select="v:ext/v:item[@name = 'offsite_contact']"/></xsl:if></span>
    </xsl:if>
  </xsl:template>

  <!-- Who does an activity: a staff member by id (name, title), else a
       party; with no one named, the provider. -->
  <xsl:template name="wi-who">
    <xsl:variable name="p" select="string(v:responsible)"/>
    <xsl:variable name="m" select="$case/v:staff/v:member[v:id = $p]"/>
    <xsl:choose>
      <xsl:when test="$m">
        <xsl:value-of select="$m/v:name"/>
        <xsl:if test="$m/v:title"><br/><span style="{$wi-aside}"><xsl:value-of select="$m/v:title"/></span></xsl:if>
      </xsl:when>
      <xsl:when test="$p != ''"><xsl:call-template name="wi-party"><xsl:with-param name="p" select="$p"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="v:provider"/></xsl:otherwise>
    </xsl:choose>
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
