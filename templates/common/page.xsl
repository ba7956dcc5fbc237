<?xml version="1.0" encoding="UTF-8"?>
<!-- The shared parts of every printed plan: the page (XHTML with print CSS:
     Letter, margins for a binder, page X of Y, a running footer with plan
     id, version and short digest), the header, and the signature block with
     a blank line for each role still to sign by hand.

     An agency template includes this file and supplies
       <xsl:template match="v:plan" mode="body">  (the plan's sections).
     It may use the named templates below: section, field, date, money,
     objectives, services, responsibilities.

     Parameters (passed by vrtool render): lang (en|es), large (1 for large
     print, 18 pt and up), status, tosign (roles still to sign, separated
     by |), digest, agency_name, kind_title, generated. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:v="urn:vrtool:1"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="v">

  <xsl:include href="labels.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"
      doctype-system="about:legacy-compat"/>

  <xsl:param name="large" select="'0'"/>
  <xsl:param name="status" select="''"/>
  <xsl:param name="tosign" select="''"/>
  <xsl:param name="digest" select="''"/>
  <xsl:param name="agency_name" select="''"/>
  <xsl:param name="kind_title" select="''"/>
  <xsl:param name="generated" select="''"/>

  <xsl:variable name="plan" select="/v:document/v:plan"/>
  <xsl:variable name="person" select="/v:document/v:person"/>
  <xsl:variable name="case" select="/v:document/v:case"/>

  <!-- text for CSS content: "..." with quotes and backslashes escaped -->
  <xsl:template name="css-string">
    <xsl:param name="s"/>
    <xsl:value-of select="translate($s, '&quot;\', '  ')"/>
  </xsl:template>

  <xsl:template match="/v:document">
    <html lang="{$lang}" xml:lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <title>
          <xsl:value-of select="$kind_title"/> - <xsl:value-of select="$plan/v:id"/>
          <xsl:text> - </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="k" select="'version'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="$plan/v:version"/>
        </title>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <xsl:call-template name="header"/>
        <main>
          <xsl:apply-templates select="$plan" mode="body"/>
          <xsl:call-template name="signature-block"/>
        </main>
        <footer>
          <p class="note">
            <xsl:call-template name="label"><xsl:with-param name="k" select="'copy_note'"/></xsl:call-template>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- The plan kind's title: the label kind_<KIND> in $lang when there is
       one, else the plugin's title. -->
  <xsl:template name="kind-title">
    <xsl:variable name="k" select="concat('kind_', $plan/v:kind)"/>
    <xsl:variable name="t"><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$t != $k and $lang != 'en'"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$kind_title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="css">
    <xsl:variable name="base" select="substring('11pt18pt', 1 + 4 * ($large = '1'), 4)"/>
    <xsl:variable name="h1" select="substring('16pt24pt', 1 + 4 * ($large = '1'), 4)"/>
    <xsl:variable name="h2" select="substring('13pt20pt', 1 + 4 * ($large = '1'), 4)"/>
    <xsl:variable name="small" select="substring('08pt14pt', 1 + 4 * ($large = '1'), 4)"/>
    <xsl:text>@page { size: letter; margin: 0.75in 0.75in 1in 1.25in; font-family: "DejaVu Sans", Arial, sans-serif;
  @bottom-left { content: "</xsl:text>
    <xsl:call-template name="css-string"><xsl:with-param name="s" select="$plan/v:id"/></xsl:call-template>
    <xsl:text> · </xsl:text>
    <xsl:call-template name="label"><xsl:with-param name="k" select="'version'"/></xsl:call-template>
    <xsl:text> </xsl:text><xsl:value-of select="$plan/v:version"/>
    <xsl:text> · </xsl:text><xsl:value-of select="substring($digest, 1, 12)"/>
    <xsl:text>"; font-size: </xsl:text><xsl:value-of select="$small"/><xsl:text>; font-family: "DejaVu Sans", Arial, sans-serif; }
  @bottom-right { content: "</xsl:text>
    <xsl:call-template name="label"><xsl:with-param name="k" select="'page'"/></xsl:call-template>
    <xsl:text> " counter(page) " </xsl:text>
    <xsl:call-template name="label"><xsl:with-param name="k" select="'of'"/></xsl:call-template>
    <xsl:text> " counter(pages); font-size: </xsl:text><xsl:value-of select="$small"/><xsl:text>; font-family: "DejaVu Sans", Arial, sans-serif; }
}
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: </xsl:text><xsl:value-of select="$base"/><xsl:text>; line-height: 1.35; color: #000; }
h1 { font-size: </xsl:text><xsl:value-of select="$h1"/><xsl:text>; margin: 0 0 4pt 0; }
h2 { font-size: </xsl:text><xsl:value-of select="$h2"/><xsl:text>; border-bottom: 1px solid #444; margin: 14pt 0 6pt 0; break-after: avoid; page-break-after: avoid; }
h3 { font-size: </xsl:text><xsl:value-of select="$base"/><xsl:text>; margin: 8pt 0 4pt 0; break-after: avoid; }
p.agency { margin: 0; font-weight: bold; }
dl.facts { margin: 6pt 0; overflow: hidden; }
dl.facts dt { font-weight: bold; float: left; clear: left; width: 12em; margin: 0 0 2pt 0; }
dl.facts dd { margin: 0 0 2pt 12.5em; }
dl.facts div { display: flex; }
dl.facts div dt { float: none; flex: none; width: 12em; }
dl.facts div dd { flex: 1 1 0; margin: 0 0 2pt .5em; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; }
th, td { border: 1px solid #777; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; }
thead { display: table-header-group; }
tr, .sig, .sigline, dl.facts, .keep { break-inside: avoid; page-break-inside: avoid; }
.sig { border: 1px solid #777; padding: 4pt 6pt; margin: 4pt 0; }
.sig.withdrawn { border-style: dashed; color: #555; }
.sig.withdrawn strong:first-child { text-decoration: line-through; }
.sigline { margin: 18pt 0 6pt 0; }
.sigline .line { border-bottom: 1px solid #000; height: 22pt; }
.sigline .under { display: flex; justify-content: space-between; font-size: </xsl:text><xsl:value-of select="$small"/><xsl:text>; }
.note { font-size: </xsl:text><xsl:value-of select="$small"/><xsl:text>; }
@media screen { body { max-width: 8in; margin: 1em auto; } }
</xsl:text>
  </xsl:template>

  <xsl:template name="header">
    <header>
      <p class="agency"><xsl:value-of select="$agency_name"/></p>
      <h1><xsl:call-template name="kind-title"/></h1>
      <dl class="facts">
        <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'person'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="concat($person/v:name/v:given, ' ', $person/v:name/v:family)"/></dd>
        <xsl:if test="$person/v:representative">
          <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'representative'"/></xsl:call-template></dt>
          <dd><xsl:value-of select="$person/v:representative/v:name"/>
            <xsl:if test="$person/v:representative/v:relation"> (<xsl:value-of select="$person/v:representative/v:relation"/>)</xsl:if></dd>
        </xsl:if>
        <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'case'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="$case/v:id"/></dd>
        <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'plan'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="$plan/v:id"/>,
          <xsl:call-template name="label"><xsl:with-param name="k" select="'version'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="$plan/v:version"/></dd>
        <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'dated'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="date"><xsl:with-param name="d" select="$plan/v:date"/></xsl:call-template></dd>
        <xsl:if test="$status != ''">
          <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'status'"/></xsl:call-template></dt>
          <dd><xsl:call-template name="label"><xsl:with-param name="k" select="concat('s_', $status)"/></xsl:call-template></dd>
        </xsl:if>
        <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'digest'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="substring($digest, 1, 12)"/></dd>
      </dl>
      <xsl:if test="$plan/v:amendment_reason">
        <section class="keep">
          <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'amendment'"/></xsl:call-template></h2>
          <p><strong><xsl:call-template name="label"><xsl:with-param name="k" select="'amendment_reason'"/></xsl:call-template>: </strong>
            <xsl:value-of select="$plan/v:amendment_reason"/></p>
        </section>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- A section with a heading from a label key. -->
  <xsl:template name="section">
    <xsl:param name="k"/>
    <xsl:param name="content"/>
    <section>
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></h2>
      <xsl:copy-of select="$content"/>
    </section>
  </xsl:template>

  <!-- One labelled fact, when the value is there: a dt/dd pair in a div of
       its own (a flex row: "dl.facts div" in the CSS), so a label that wraps
       onto two lines keeps its value beside it and the next pair starts
       below both. A bare dt/dd pair in a dl.facts still floats as before.
       (The CSS has no ">" child selectors: the serializer writes &gt;, which
       an HTML parser such as WeasyPrint's leaves as is inside <style>.) -->
  <xsl:template name="field">
    <xsl:param name="k"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value) != ''">
      <div>
        <dt><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></dt>
        <dd><xsl:value-of select="$value"/></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Dates as written in the plan's language: 2026-04-01 -> April 1, 2026 / 1 de abril de 2026 -->
  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:variable name="day" select="number(substring($d, 9, 2))"/>
    <xsl:variable name="y" select="substring($d, 1, 4)"/>
    <xsl:variable name="en" select="'January  February March    April    May      June     July     August   SeptemberOctober  November December '"/>
    <xsl:variable name="es" select="'enero     febrero   marzo     abril     mayo      junio     julio     agosto    septiembreoctubre   noviembre diciembre '"/>
    <xsl:choose>
      <xsl:when test="string-length($d) &lt; 10"><xsl:value-of select="$d"/></xsl:when>
      <xsl:when test="$lang = 'es'">
        <xsl:value-of select="concat($day, ' de ', normalize-space(substring($es, ($m - 1) * 10 + 1, 10)), ' de ', $y)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(normalize-space(substring($en, ($m - 1) * 9 + 1, 9)), ' ', $day, ', ', $y)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Cents as dollars: 380000 -> $3,800.00 -->
  <xsl:template name="money">
    <xsl:param name="c"/>
    <xsl:if test="string($c) != ''">
      <xsl:value-of select="concat('$', format-number(number($c) div 100, '#,##0.00'))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="objectives">
    <xsl:param name="title-k" select="'objectives'"/>
    <xsl:if test="$plan/v:objectives/v:objective">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="$title-k"/></xsl:call-template></h2>
        <table>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'objective'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'outcome'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'measure'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'start'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'target'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="$plan/v:objectives/v:objective">
              <tr>
                <th scope="row"><xsl:value-of select="v:title"/></th>
                <td><xsl:value-of select="v:outcome"/></td>
                <td><xsl:value-of select="v:measure"/></td>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template></td>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:target"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="services">
    <xsl:if test="$plan/v:services/v:service">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'services'"/></xsl:call-template></h2>
        <table>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'service'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'provider'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'procurement'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'start'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'planned_end'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'cost'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="$plan/v:services/v:service">
              <tr>
                <th scope="row"><xsl:value-of select="v:description"/>
                  <xsl:if test="v:comparable_benefits"><br/><small><xsl:call-template name="label"><xsl:with-param name="k" select="'comparable_benefits'"/></xsl:call-template>: <xsl:value-of select="v:comparable_benefits"/></small></xsl:if></th>
                <td><xsl:value-of select="v:provider"/></td>
                <td><xsl:value-of select="v:procurement"/></td>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template></td>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:planned_end"/></xsl:call-template></td>
                <td><xsl:call-template name="money"><xsl:with-param name="c" select="v:cost_cents"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="responsibilities">
    <xsl:if test="$plan/v:responsibilities/v:responsibility">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'responsibilities'"/></xsl:call-template></h2>
        <table>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsible'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsibilities'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'initialed'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="$plan/v:responsibilities/v:responsibility">
              <tr>
                <th scope="row"><xsl:value-of select="v:party"/></th>
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

  <xsl:template name="role-label">
    <xsl:param name="r"/>
    <xsl:call-template name="label"><xsl:with-param name="k" select="concat('r_', $r)"/></xsl:call-template>
  </xsl:template>

  <!-- Each role still to sign (tosign, "a or b|c") gets blank lines. -->
  <xsl:template name="blank-lines">
    <xsl:param name="rest"/>
    <xsl:if test="$rest != ''">
      <xsl:variable name="one" select="substring-before(concat($rest, '|'), '|')"/>
      <div class="sigline">
        <div class="line">&#160;</div>
        <div class="under">
          <span><xsl:call-template name="label"><xsl:with-param name="k" select="'signature'"/></xsl:call-template>:
            <xsl:call-template name="role-names"><xsl:with-param name="s" select="$one"/></xsl:call-template></span>
          <span><xsl:call-template name="label"><xsl:with-param name="k" select="'date'"/></xsl:call-template></span>
        </div>
        <div class="line">&#160;</div>
        <div class="under">
          <span><xsl:call-template name="label"><xsl:with-param name="k" select="'printed_name'"/></xsl:call-template></span>
        </div>
      </div>
      <xsl:call-template name="blank-lines"><xsl:with-param name="rest" select="substring-after($rest, '|')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "client or representative" -> "Client or Representative" -->
  <xsl:template name="role-names">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' or ')">
        <xsl:call-template name="role-label"><xsl:with-param name="r" select="substring-before($s, ' or ')"/></xsl:call-template>
        <xsl:text> / </xsl:text>
        <xsl:call-template name="role-names"><xsl:with-param name="s" select="substring-after($s, ' or ')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="role-label"><xsl:with-param name="r" select="$s"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="signature-block">
    <section class="signatures">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'signatures'"/></xsl:call-template></h2>
      <xsl:for-each select="/v:document/v:signatures/v:signature">
        <div class="sig">
          <xsl:if test="v:withdrawal"><xsl:attribute name="class">sig withdrawn</xsl:attribute></xsl:if>
          <strong><xsl:value-of select="v:signer/v:name"/></strong>,
          <xsl:call-template name="role-label"><xsl:with-param name="r" select="v:role"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="k" select="concat('m_', v:meaning)"/></xsl:call-template>
          <br/>
          <xsl:call-template name="label"><xsl:with-param name="k" select="'date_time'"/></xsl:call-template>:
          <xsl:call-template name="date"><xsl:with-param name="d" select="substring(v:at, 1, 10)"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="substring(v:at, 12)"/>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="label"><xsl:with-param name="k" select="'method'"/></xsl:call-template>:
          <xsl:text> </xsl:text><xsl:value-of select="v:method"/>
          <!-- a withdrawn signature stays on the record, marked: it counts
               for nothing -->
          <xsl:if test="v:withdrawal">
            <br/>
            <strong><xsl:call-template name="label"><xsl:with-param name="k" select="'withdrawn'"/></xsl:call-template></strong>
            <xsl:text> </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="d" select="substring(v:withdrawal/v:at, 1, 10)"/></xsl:call-template>
            <xsl:text>: </xsl:text><xsl:value-of select="v:withdrawal/v:reason"/>
          </xsl:if>
        </div>
      </xsl:for-each>
      <xsl:if test="$tosign != ''">
        <h3><xsl:call-template name="label"><xsl:with-param name="k" select="'to_sign'"/></xsl:call-template></h3>
        <xsl:call-template name="blank-lines"><xsl:with-param name="rest" select="$tosign"/></xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
