// Cnam.Bot on Azure: a Linux App Service running the bot, an Azure Bot resource (single-tenant app registration or
// user-assigned managed identity: new multi-tenant bots can no longer be created) with the Teams and Direct Line
// channels, and the app settings the bot reads. main.json is this template compiled to ARM JSON (see README.md).

@description('Name of the Azure Bot resource (also the prefix of the other resources).')
@minLength(2)
@maxLength(42)
param botName string

@description('Region of the App Service and the managed identity. The Azure Bot resource itself is global.')
param location string = resourceGroup().location

@description('How the bot authenticates: UserAssignedMSI (a managed identity is created) or SingleTenant (an Entra app registration you created).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s application (client) id. Ignored for UserAssignedMSI.')
param appId string = ''

@description('SingleTenant only: a client secret of the app registration. Leave empty for UserAssignedMSI.')
@secure()
param appPassword string = ''

@description('The Microsoft Entra tenant of the app registration or identity.')
param tenantId string = subscription().tenantId

@description('App Service plan size (B1 is enough for the bot and its LiteDB store).')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Globally unique name of the web app; its host name becomes https://<siteName>.azurewebsites.net.')
param siteName string = '${botName}-${uniqueString(resourceGroup().id)}'

@description('Scale-out: Npgsql connection string of an Azure Database for PostgreSQL (with SslMode=Require). Empty = the LiteDB store on /home/data, one instance only.')
@secure()
param postgresConnectionString string = ''

@description('Number of App Service instances. Above 1 only with postgresConnectionString: one LiteDB file cannot be shared.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1


var useMsi = appType == 'UserAssignedMSI'
var hostName = '${siteName}.azurewebsites.net'
var usePostgres = !empty(postgresConnectionString)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useMsi) {
  name: '${botName}-identity'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${botName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    // Without PostgreSQL the state is a LiteDB file that only one process may open: never more than one instance.
    capacity: usePostgres ? instanceCount : 1
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: useMsi ? {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  } : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: appType
        }
        {
          name: 'MicrosoftAppId'
          value: useMsi ? identity.properties.clientId : appId
        }
        {
          name: 'MicrosoftAppPassword'
          value: useMsi ? '' : appPassword
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'Storage__Provider'
          value: usePostgres ? 'Postgres' : 'LiteDb'
        }
        {
          // /home is the App Service's persistent share: state and the knowledge cache survive restarts.
          name: 'Storage__DataDirectory'
          value: '/home/data'
        }
        {
          name: 'Calendar__PublicBaseUrl'
          value: 'https://${hostName}'
        }
        {
          name: 'DirectLine__ServiceUrl'
          value: 'https://${hostName}'
        }
        {
          name: 'Storage__Postgres__ConnectionString'
          value: postgresConnectionString
        }
        {
          // The knowledge cache is per instance: on the shared /home, scaled-out instances would rebuild one file at once.
          name: 'Knowledge__DatabasePath'
          value: usePostgres ? '/tmp/cnam-bot/knowledge.db' : '/home/data/knowledge.db'
        }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botName
    endpoint: 'https://${hostName}/api/messages'
    msaAppType: appType
    msaAppId: useMsi ? identity.properties.clientId : appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: useMsi ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
        }
      ]
    }
  }
}

@description('The messaging endpoint registered on the Azure Bot resource.')
output messagingEndpoint string = 'https://${hostName}/api/messages'

@description('The MicrosoftAppId: give it to deploymentTemplates/teams-app/build-package.sh --app-id.')
output microsoftAppId string = useMsi ? identity.properties.clientId : appId

@description('The web app, for the deployment of the bot (az webapp deploy).')
output siteName string = site.name

@description('The host name, for build-package.sh --bot-domain.')
output botDomain string = hostName
