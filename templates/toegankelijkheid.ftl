<#-- The accessibility statement in the national model (toegankelijkheidsverklaring.nl): status, last test,
     exceptions and contact come from atlas.yaml; the editor's own text follows in the middle. -->
<#import "layout.ftl" as l>
<#assign p = page>
<#assign c = p.contact()>
<@l.page p>
<#if p.summary()??><p class="lead">${p.summary()}</p></#if>

<section aria-labelledby="verklaring">
  <h2 id="verklaring">Verklaring</h2>
  <p>${c.organisation()} streeft ernaar om de eigen online informatie en dienstverlening toegankelijk te maken, overeenkomstig het Besluit digitale toegankelijkheid overheid. Dat betekent: iedereen moet de informatie kunnen gebruiken.</p>
  <p>Deze toegankelijkheidsverklaring is van toepassing op de inhoud van de website ${p.siteName()}<#if p.siteUrl()??> (${p.siteUrl()})</#if>.</p>
  <p>De eisen staan in de Europese norm EN 301 549. Daarin staan de regels van WCAG 2.1, niveau A en AA.</p>
</section>

<section aria-labelledby="status">
  <h2 id="status">Status</h2>
  <#if p.accessibility()??>
  <#assign a = p.accessibility()>
  <dl class="facts">
    <div><dt>Nalevingsstatus</dt><dd>${a.status()} - ${a.statusWords()}</dd></div>
    <#if a.tested()??><div><dt>Laatste test</dt><dd>${a.tested()}</dd></div></#if>
    <#if a.method()??><div><dt>Hoe getest</dt><dd>${a.method()}</dd></div></#if>
    <div><dt>Verklaring bijgewerkt</dt><dd>${p.edition()}</dd></div>
  </dl>
  <#else>
  <p>De status van deze website is nog niet bekend.</p>
  </#if>
</section>

<section aria-labelledby="uitzonderingen">
  <h2 id="uitzonderingen">Wat werkt nog niet goed?</h2>
  <#if p.accessibility()?? && p.accessibility().exceptions()?has_content>
  <ul>
  <#list p.accessibility().exceptions() as e><li>${e}</li></#list>
  </ul>
  <#else>
  <p>We weten nu van geen problemen.</p>
  </#if>
</section>

<section aria-labelledby="javascript">
  <h2 id="javascript">Zonder JavaScript</h2>
  <p>U kunt alles in de atlas lezen zonder JavaScript. Voor een paar dingen is JavaScript wel nodig:</p>
  <ul>
    <li>het zoekvak. Zonder JavaScript kiest u uit lijsten.</li>
    <li>de kaart waarin u kunt schuiven en zoomen. Zonder JavaScript ziet u een vaste kaart met een lijst.</li>
    <li>sorteren en filteren in de monitor. Zonder JavaScript ziet u de hele tabel.</li>
  </ul>
</section>

<div class="prose">
${p.html()?no_esc}
</div>

<section aria-labelledby="melden">
  <h2 id="melden">Iets werkt niet? Laat het ons weten</h2>
  <p>Kunt u iets niet lezen of gebruiken? Neem dan contact op met ${c.organisation()}. Zeg op welke pagina het was en wat er mis ging.</p>
  <ul>
    <#if c.email()??><li>E-mail: <a href="${c.emailHref()}">${c.email()}</a></li></#if>
    <#if c.phone()??><li>Telefoon: <#if c.phoneHref()??><a href="${c.phoneHref()}">${c.phone()}</a><#else>${c.phone()}</#if></li></#if>
    <#if c.form()??><li>Contactformulier: <a href="${c.form()}">${c.form()}</a></li></#if>
    <#if c.website()??><li>Website: <a href="${c.website()}">${c.website()}</a></li></#if>
  </ul>
  <p>Deze gegevens staan ook onderaan elke pagina.</p>
  <p>Bent u niet tevreden met het antwoord? Dan kunt u een klacht indienen bij de Nationale ombudsman: <a href="https://www.nationaleombudsman.nl">www.nationaleombudsman.nl</a>.</p>
</section>
</@l.page>
