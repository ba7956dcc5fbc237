<?xml version="1.0" encoding="UTF-8"?>
<!-- New York OMH PROS with IPS: the IPS Employment Plan, the part of the
     person's Individualized Recovery Plan (IRP) that the person develops with
     the IPS employment specialist, laid out as Clarification 14
     (../shared/policy/ny-pros-clarification-14-ips.txt), "Implementing IPS
     in a PROS", names the "essential features of the Employment Plan": the
     employment goal stated in the person's own words (first, and
     prominently); the set of behavioral objectives that outline how the
     person will meet the goal, with the time frames for meeting them; the
     specific people, services and supports the person and the employment
     specialist consider necessary (who gives each, the PROS component and
     provider, and whether it is given one-to-one, as IPS must be, or in a
     group); then the responsibilities, the IRP review and the signatures of
     the person and the employment specialist (templates/common/page.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:v="urn:vrtool:1"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="v">

  <xsl:include href="../common/page.xsl"/>

  <!-- Secondary text (PROS component, a staff member's title): smaller and
       not bold, but never below the large-print size. -->
  <xsl:variable name="ny-aside" select="concat('font-weight: normal; font-size: ', substring('85% 100%', 1 + 4 * ($large = &quot;1&quot;), 4), ';')"/>

  <xsl:template match="v:plan" mode="body">
    <xsl:variable name="plan-node" select="."/>

    <p><em><xsl:call-template name="label"><xsl:with-param name="k" select="'ny_irp_note'"/></xsl:call-template></em></p>

    <!-- The employment goal, in the person's own words -->
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'goal'"/></xsl:call-template></h2>
      <xsl:if test="normalize-space(v:goal/v:own_words) != ''">
        <p style="margin: 4pt 0 2pt 0;"><strong><xsl:call-template name="label"><xsl:with-param name="k" select="'own_words'"/></xsl:call-template></strong></p>
        <blockquote style="font-size: 1.3em; line-height: 1.3; margin: 0 0 8pt 0; padding: 4pt 0 4pt 10pt; border-left: 4px solid #444;">
          <p style="margin: 0;"><xsl:value-of select="v:goal/v:own_words"/></p>
        </blockquote>
      </xsl:if>
      <dl class="facts">
        <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'occupation'"/><xsl:with-param name="value" select="v:goal/v:occupation"/></xsl:call-template>
        <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'soc'"/><xsl:with-param name="value" select="v:goal/v:soc"/></xsl:call-template>
        <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'setting'"/><xsl:with-param name="value" select="v:goal/v:setting"/></xsl:call-template>
        <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'hours_week'"/><xsl:with-param name="value" select="v:goal/v:hours_week"/></xsl:call-template>
        <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'wage'"/><xsl:with-param name="value" select="v:goal/v:wage_cents_hour"/><xsl:with-param name="as" select="'money'"/></xsl:call-template>
        <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'target_date'"/><xsl:with-param name="value" select="v:goal/v:target_date"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
      </dl>
    </section>

    <!-- The behavioral objectives and their time frames -->
    <xsl:if test="v:objectives/v:objective">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'behavioral_objectives'"/></xsl:call-template></h2>
        <xsl:choose>
          <xsl:when test="$large = '1'">
            <table>
              <colgroup><col style="width: 36%"/><col style="width: 64%"/></colgroup>
              <xsl:for-each select="v:objectives/v:objective">
                <tbody style="break-inside: avoid; page-break-inside: avoid; border-top: 3px solid #000;">
                  <tr>
                    <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'objective'"/></xsl:call-template></th>
                    <td><strong><xsl:value-of select="concat(position(), '. ', v:title)"/></strong></td>
                  </tr>
                  <xsl:call-template name="ny-card-row"><xsl:with-param name="k" select="'outcome'"/><xsl:with-param name="value" select="v:outcome"/></xsl:call-template>
                  <xsl:call-template name="ny-card-row"><xsl:with-param name="k" select="'measure'"/><xsl:with-param name="value" select="v:measure"/></xsl:call-template>
                  <xsl:call-template name="ny-card-row"><xsl:with-param name="k" select="'start'"/><xsl:with-param name="value" select="v:start"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
                  <xsl:call-template name="ny-card-row"><xsl:with-param name="k" select="'target'"/><xsl:with-param name="value" select="v:target"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
                  <xsl:call-template name="ny-card-row"><xsl:with-param name="k" select="'status'"/><xsl:with-param name="value" select="v:status"/><xsl:with-param name="as" select="'status'"/></xsl:call-template>
                </tbody>
              </xsl:for-each>
            </table>
          </xsl:when>
          <xsl:otherwise>
            <table>
              <colgroup>
                <col style="width: 34%"/><col style="width: 26%"/><col style="width: 14%"/><col style="width: 14%"/><col style="width: 12%"/>
              </colgroup>
              <thead><tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'objective'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'measure'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'start'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'target'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'status'"/></xsl:call-template></th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="v:objectives/v:objective">
                  <tr>
                    <th scope="row"><xsl:value-of select="concat(position(), '. ', v:title)"/>
                      <xsl:if test="v:outcome">
                        <br/><span style="{$ny-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'outcome'"/></xsl:call-template>: <xsl:value-of select="v:outcome"/></span>
                      </xsl:if>
                    </th>
                    <td><xsl:value-of select="v:measure"/></td>
                    <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template></td>
                    <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:target"/></xsl:call-template></td>
                    <td><xsl:call-template name="ny-status"><xsl:with-param name="s" select="v:status"/></xsl:call-template></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>

    <!-- The people, services and supports needed -->
    <xsl:if test="v:services/v:service">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'people_services_supports'"/></xsl:call-template></h2>
        <xsl:choose>
          <xsl:when test="$large = '1'">
            <table>
              <colgroup><col style="width: 36%"/><col style="width: 64%"/></colgroup>
              <xsl:for-each select="v:services/v:service">
                <tbody style="break-inside: avoid; page-break-inside: avoid; border-top: 3px solid #000;">
                  <tr>
                    <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'service_support'"/></xsl:call-template></th>
                    <td><strong><xsl:value-of select="v:description"/></strong>
                      <xsl:call-template name="ny-service-notes"><xsl:with-param name="plan-node" select="$plan-node"/></xsl:call-template></td>
                  </tr>
                  <tr>
                    <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'who'"/></xsl:call-template></th>
                    <td><xsl:call-template name="ny-who"><xsl:with-param name="p" select="v:responsible"/></xsl:call-template></td>
                  </tr>
                  <xsl:call-template name="ny-card-row"><xsl:with-param name="k" select="'provider'"/><xsl:with-param name="value" select="v:provider"/></xsl:call-template>
                  <xsl:call-template name="ny-card-row"><xsl:with-param name="k" select="'modality'"/><xsl:with-param name="value" select="v:modality"/><xsl:with-param name="as" select="'modality'"/></xsl:call-template>
                  <tr>
                    <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'time_frame'"/></xsl:call-template></th>
                    <td><xsl:call-template name="ny-time-frame"/></td>
                  </tr>
                </tbody>
              </xsl:for-each>
            </table>
          </xsl:when>
          <xsl:otherwise>
            <table>
              <colgroup>
                <col style="width: 31%"/><col style="width: 19%"/><col style="width: 17%"/><col style="width: 13%"/><col style="width: 20%"/>
              </colgroup>
              <thead><tr>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'service_support'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'who'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'provider'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'modality'"/></xsl:call-template></th>
                <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'time_frame'"/></xsl:call-template></th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="v:services/v:service">
                  <tr>
                    <th scope="row"><xsl:value-of select="v:description"/>
                      <xsl:call-template name="ny-service-notes"><xsl:with-param name="plan-node" select="$plan-node"/></xsl:call-template></th>
                    <td><xsl:call-template name="ny-who"><xsl:with-param name="p" select="v:responsible"/></xsl:call-template></td>
                    <td><xsl:value-of select="v:provider"/></td>
                    <td><xsl:call-template name="ny-modality"><xsl:with-param name="m" select="v:modality"/></xsl:call-template></td>
                    <td><xsl:call-template name="ny-time-frame"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>

    <xsl:if test="v:progress_criteria">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'progress_criteria'"/></xsl:call-template></h2>
        <p><xsl:value-of select="v:progress_criteria"/></p>
      </section>
    </xsl:if>

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
                <th scope="row"><xsl:call-template name="ny-party"><xsl:with-param name="p" select="v:party"/></xsl:call-template></th>
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

    <xsl:if test="v:review">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'review'"/></xsl:call-template></h2>
        <dl class="facts">
          <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'last_review'"/><xsl:with-param name="value" select="v:review/v:last"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
          <xsl:call-template name="ny-fact"><xsl:with-param name="k" select="'next_review'"/><xsl:with-param name="value" select="v:review/v:next"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Under a service: its PROS component (IR, ORS, CRS, ...) and the
       objective it supports. -->
  <xsl:template name="ny-service-notes">
    <xsl:param name="plan-node"/>
    <xsl:variable name="oid" select="v:objective"/>
    <xsl:if test="v:category">
      <br/><span style="{$ny-aside}"><xsl:value-of select="v:category"/></span>
    </xsl:if>
    <xsl:for-each select="$plan-node/v:objectives/v:objective[v:id = $oid]">
      <br/><span style="{$ny-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'for_objective'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', count(preceding-sibling::v:objective) + 1)"/></span>
    </xsl:for-each>
  </xsl:template>

  <!-- A service's time frame: start - planned end, or start - ongoing. -->
  <xsl:template name="ny-time-frame">
    <xsl:if test="v:start or v:planned_end">
      <xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template>
      <br/><xsl:text>– </xsl:text>
      <xsl:choose>
        <xsl:when test="v:planned_end"><xsl:call-template name="date"><xsl:with-param name="d" select="v:planned_end"/></xsl:call-template></xsl:when>
        <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="k" select="'ongoing'"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- One row of a large-print group: label, value (when there is one). -->
  <xsl:template name="ny-card-row">
    <xsl:param name="k"/>
    <xsl:param name="value"/>
    <xsl:param name="as" select="'text'"/>
    <xsl:if test="normalize-space($value) != ''">
      <tr>
        <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></th>
        <td><xsl:call-template name="ny-value"><xsl:with-param name="value" select="$value"/><xsl:with-param name="as" select="$as"/></xsl:call-template></td>
      </tr>
    </xsl:if>
  </xsl:template>

  <!-- One labelled fact of a dl.facts, when the value is there: like
       page.xsl's field, but each dt/dd pair is a row of its own (a div in
       the dl), so a label that wraps onto two lines does not push the next
       value out of line with its label. -->
  <xsl:template name="ny-fact">
    <xsl:param name="k"/>
    <xsl:param name="value"/>
    <xsl:param name="as" select="'text'"/>
    <xsl:if test="normalize-space($value) != ''">
      <div style="display: flex;">
        <dt style="flex: none;"><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></dt>
        <dd style="flex: 1 1 0; margin: 0 0 2pt 0.5em;"><xsl:call-template name="ny-value"><xsl:with-param name="value" select="$value"/><xsl:with-param name="as" select="$as"/></xsl:call-template></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A value as text, date, money, status or modality. -->
  <xsl:template name="ny-value">
    <xsl:param name="value"/>
    <xsl:param name="as" select="'text'"/>
    <xsl:choose>
      <xsl:when test="$as = 'date'"><xsl:call-template name="date"><xsl:with-param name="d" select="string($value)"/></xsl:call-template></xsl:when>
      <xsl:when test="$as = 'money'"><xsl:call-template name="money"><xsl:with-param name="c" select="string($value)"/></xsl:call-template></xsl:when>
      <xsl:when test="$as = 'status'"><xsl:call-template name="ny-status"><xsl:with-param name="s" select="string($value)"/></xsl:call-template></xsl:when>
      <xsl:when test="$as = 'modality'"><xsl:call-template name="ny-modality"><xsl:with-param name="m" select="string($value)"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Who gives a service: a staff member by id (name, title), else a party. -->
  <xsl:template name="ny-who">
    <xsl:param name="p"/>
    <xsl:variable name="m" select="$case/v:staff/v:member[v:id = $p]"/>
    <xsl:choose>
      <xsl:when test="$m">
        <xsl:value-of select="$m/v:name"/>
        <xsl:choose>
          <xsl:when test="$m/v:title"><br/><span style="{$ny-aside}"><xsl:value-of select="$m/v:title"/></span></xsl:when>
          <xsl:otherwise><br/><span style="{$ny-aside}"><xsl:call-template name="ny-party"><xsl:with-param name="p" select="$m/v:role"/></xsl:call-template></span></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="ny-party"><xsl:with-param name="p" select="$p"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A party ("client", "employment_specialist") by its label party_<word>
       or r_<word> in $lang, else as written. -->
  <xsl:template name="ny-party">
    <xsl:param name="p"/>
    <xsl:variable name="k" select="translate(normalize-space($p), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ -', 'abcdefghijklmnopqrstuvwxyz__')"/>
    <xsl:variable name="a"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('party_', $k)"/></xsl:call-template></xsl:variable>
    <xsl:variable name="b"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('r_', $k)"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$k = ''"/>
      <xsl:when test="$a != concat('party_', $k)"><xsl:value-of select="$a"/></xsl:when>
      <xsl:when test="$b != concat('r_', $k)"><xsl:value-of select="$b"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An objective's status by its label os_<status>, else as written. -->
  <xsl:template name="ny-status">
    <xsl:param name="s"/>
    <xsl:variable name="t"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('os_', $s)"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($s) = ''"/>
      <xsl:when test="$t != concat('os_', $s)"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="translate($s, '_', ' ')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- individual / group by its label mod_<modality>. -->
  <xsl:template name="ny-modality">
    <xsl:param name="m"/>
    <xsl:if test="string($m) != ''">
      <xsl:call-template name="label"><xsl:with-param name="k" select="concat('mod_', $m)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
